using System.Globalization;
using System.Net;
using GitOpsGateway.DataPlane.Configuration;
using GitOpsGateway.Host.CommandLine;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.Host.DataPlaneCommand;

/// <summary>
/// Reads <c>gitops-gateway data-plane</c>'s flags, and its node token from <see cref="TokenVariable"/> or from the
/// file named by <c>--node-token-file</c> / <see cref="TokenFileVariable"/>; never from a flag, since flags show in
/// process lists. Reports every problem at once.
/// </summary>
internal static class DataPlaneSettingsReader
{
    public const string TokenVariable = "GITOPS_GATEWAY_NODE_TOKEN";
    public const string TokenFileVariable = "GITOPS_GATEWAY_NODE_TOKEN_FILE";
    public const int DefaultAdminPort = 9180;

    /// <summary>The data plane's own defaults, so a flag left out changes nothing.</summary>
    internal static readonly DataPlaneOptions Defaults = new() { Gateway = new NamespacedName { Namespace = "default", Name = "default" }, NodeId = "defaults" };

    private static readonly HashSet<string> Known =
    [
        "control-plane", "gateway", "node-id", "ports", "bind-address", "admin-port", "state-directory", "secrets-directory", "node-token-file",
        "udp-session-idle-timeout", "udp-max-sessions-per-port",
    ];

    private static readonly Dictionary<string, string> Refused = new(StringComparer.Ordinal)
    {
        ["node-token"] = $"secrets never go on the command line; set {TokenVariable} or --node-token-file.",
    };

    /// <exception cref="CommandLineException">Anything is missing or invalid.</exception>
    public static DataPlaneSettings Read(IReadOnlyList<string> arguments, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var problems = new List<string>();
        var flags = CommandFlags.Parse(arguments, Known, problems, Refused);
        Uri? controlPlane = null;
        if (flags["control-plane"] is not { } address)
        {
            problems.Add("--control-plane URL is required (the control plane's base address, e.g. http://control-plane:8080).");
        }
        else if (!Uri.TryCreate(address.EndsWith('/') ? address : address + "/", UriKind.Absolute, out controlPlane)
            || controlPlane.Scheme is not ("http" or "https"))
        {
            problems.Add($"--control-plane '{address}' is not an http:// or https:// address.");
        }

        var gateway = flags["gateway"] is { } gatewayText && GatewayKey.TryParse(gatewayText, out var parsed) ? parsed : null;
        if (gateway is null)
        {
            problems.Add($"--gateway NAMESPACE/NAME is required{(flags["gateway"] is { } given ? $"; '{given}' is not one" : string.Empty)}.");
        }

        var nodeId = flags.Get("node-id", Environment.MachineName);
        if (!NodeName.IsValid(nodeId))
        {
            problems.Add($"--node-id '{nodeId}' may hold only letters, digits, '.', '-' and '_'.");
        }

        var ports = PortMapping.Identity;
        try
        {
            ports = PortMapping.Parse(flags["ports"]);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            problems.Add($"--ports: {exception.Message}");
        }

        var bind = IPAddress.Any;
        if (flags["bind-address"] is { } bindText && !IPAddress.TryParse(bindText, out bind))
        {
            problems.Add($"--bind-address '{bindText}' is not an IP address.");
            bind = IPAddress.Any;
        }

        var adminPort = Port(flags, "admin-port", DefaultAdminPort, problems);
        var udpIdle = UdpIdleTimeout(flags, problems);
        var udpSessions = PositiveNumber(flags, "udp-max-sessions-per-port", Defaults.UdpMaxSessionsPerPort, problems);
        var token = NodeToken.Read(flags["node-token-file"] ?? environment(TokenFileVariable), environment(TokenVariable), problems);
        if (problems.Count > 0)
        {
            throw new CommandLineException(problems);
        }

        return new DataPlaneSettings
        {
            ControlPlane = controlPlane!,
            Gateway = gateway!,
            NodeId = nodeId,
            NodeToken = token!,
            Ports = ports,
            BindAddress = bind,
            AdminPort = adminPort,
            StateDirectory = Path.GetFullPath(flags.Get("state-directory", Path.Combine(".gitops-gateway", "data-plane"))),
            SecretsDirectory = flags["secrets-directory"] is { } secrets ? Path.GetFullPath(secrets) : null,
            UdpSessionIdleTimeout = udpIdle,
            UdpMaxSessionsPerPort = udpSessions,
        };
    }

    private static TimeSpan UdpIdleTimeout(CommandFlags flags, List<string> problems)
    {
        const string Name = "udp-session-idle-timeout";
        if (flags[Name] is not { } text)
        {
            return Defaults.UdpSessionIdleTimeout;
        }

        // Whole seconds, or a TimeSpan ("00:01:30") for anything finer.
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero)
        {
            return span;
        }

        problems.Add($"--{Name} '{text}' is neither a positive number of seconds nor a time span such as 00:01:30.");
        return Defaults.UdpSessionIdleTimeout;
    }

    private static int PositiveNumber(CommandFlags flags, string name, int fallback, List<string> problems)
    {
        if (flags[name] is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        problems.Add($"--{name} '{text}' is not a positive whole number.");
        return fallback;
    }

    private static int Port(CommandFlags flags, string name, int fallback, List<string> problems)
    {
        if (flags[name] is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536)
        {
            return port;
        }

        problems.Add($"--{name} '{text}' is not a port number.");
        return fallback;
    }
}
