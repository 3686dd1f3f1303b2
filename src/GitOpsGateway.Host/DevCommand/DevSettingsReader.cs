using System.Globalization;
using GitOpsGateway.DataPlane.Configuration;
using GitOpsGateway.Host.CommandLine;
using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.Host.DevCommand;

/// <summary>
/// Reads <c>gitops-gateway dev [--repo PATH] [--data DIR] [--postgres CONNSTRING] [--gateway NS/NAME]
/// [--ports 80=8080,443=8443] [--admin-port 9080]</c>. Without <c>--repo</c> the folder is <c>gitops-example/</c>
/// in the current directory or the nearest folder above it that has one.
/// </summary>
internal static class DevSettingsReader
{
    public const string ExampleFolder = "gitops-example";
    public const string DefaultPorts = "80=8080,443=8443";
    public const int DefaultAdminPort = 9080;

    private static readonly HashSet<string> Known = ["repo", "data", "postgres", "gateway", "ports", "admin-port"];

    /// <exception cref="CommandLineException">Anything is missing or invalid.</exception>
    public static DevSettings Read(IReadOnlyList<string> arguments, string currentDirectory)
    {
        var problems = new List<string>();
        var flags = CommandFlags.Parse(arguments, Known, problems);
        var folder = flags["repo"] is { } repo ? Path.GetFullPath(repo, currentDirectory) : FindExample(currentDirectory);
        if (folder is null)
        {
            problems.Add($"No {ExampleFolder}/ folder in {currentDirectory} or above it: name the folder to watch with --repo PATH.");
        }
        else if (!Directory.Exists(folder))
        {
            problems.Add($"--repo {folder} does not exist.");
        }

        var gateway = flags["gateway"] is { } gatewayText ? (GatewayKey.TryParse(gatewayText, out var parsed) ? parsed : null) : null;
        if (flags["gateway"] is { } given && gateway is null)
        {
            problems.Add($"--gateway '{given}' is not NAMESPACE/NAME.");
        }

        var ports = PortMapping.Identity;
        try
        {
            ports = PortMapping.Parse(flags.Get("ports", DefaultPorts));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            problems.Add($"--ports: {exception.Message}");
        }

        var adminPort = DefaultAdminPort;
        if (flags["admin-port"] is { } portText
            && !(int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out adminPort) && adminPort is > 0 and < 65536))
        {
            problems.Add($"--admin-port '{portText}' is not a port number.");
        }

        return problems.Count > 0 ? throw new CommandLineException(problems) : new DevSettings
        {
            Folder = folder!,
            DataDirectory = flags["data"] is { } data ? Path.GetFullPath(data, currentDirectory) : null,
            Postgres = flags["postgres"],
            Gateway = gateway,
            Ports = ports,
            AdminPort = adminPort,
        };
    }

    private static string? FindExample(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, ExampleFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
