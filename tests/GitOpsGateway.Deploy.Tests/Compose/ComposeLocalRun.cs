using System.Globalization;
using GitOpsGateway.Deploy.Tests.Assets;
using GitOpsGateway.Deploy.Tests.Docker;
using GitOpsGateway.Deploy.Tests.HostSurface;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Deploy.Tests.Compose;

/// <summary>
/// Runs compose.yaml's services as local processes with the settings compose gives them, translated the way
/// Docker would: mounts become folders (bind mounts the repository's, named volumes one temporary folder each),
/// service host names become 127.0.0.1, and every container port gets a free local port of its own. Product
/// services run as an unprivileged user (as the image's does) from the image's working directory, in volumes
/// handed to that user the way the image's chown hands /var/lib/gitops-gateway to its user.
/// </summary>
internal sealed class ComposeLocalRun : IAsyncDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("gitops-gateway-compose-");
    private readonly Dictionary<(string Service, int ContainerPort), int> ports = [];
    private readonly List<ProjectProcess> processes = [];

    public ComposeLocalRun(ComposeFile compose) => Compose = compose;

    /// <summary>Who product services run as here: <c>nobody</c> when the tests run as root, else the tests' own user.</summary>
    public static bool RunsAsAnotherUser { get; } = Environment.UserName == "root";

    public ComposeFile Compose { get; }

    /// <summary>Creates the named volumes in service order, handing the product services' ones to the unprivileged user.</summary>
    public async Task PrepareVolumesAsync()
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root.FullName, (UnixFileMode)0b111_101_101);
        }

        foreach (var service in Compose.Services.Values)
        {
            foreach (var volume in service.Volumes.Select(volume => volume.Split(':')[0]).Where(source => !source.StartsWith('.') && !source.StartsWith('/')))
            {
                var folder = Path.Combine(root.FullName, "volumes", volume);
                if (Directory.Exists(folder))
                {
                    continue;
                }

                Directory.CreateDirectory(folder);
                if (service.Dockerfile is not null && RunsAsAnotherUser)
                {
                    await RunAsync("chown", ["nobody:", folder]);
                }
            }
        }
    }

    /// <summary><c>uid:gid</c> of the user product services run as.</summary>
    public static async Task<string> ProductUserAsync()
    {
        string[] user = RunsAsAnotherUser ? ["nobody"] : [];
        return (await RunAsync("id", ["-u", .. user])).Trim() + ":" + (await RunAsync("id", ["-g", .. user])).Trim();
    }

    /// <summary>Starts the built <c>gitops-gateway</c> with the service's command and environment (translated), plus the image's ENV.</summary>
    public ProjectProcess StartProduct(ComposeService service, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(service);
        var dockerfile = Dockerfile.Load();
        var hostAssembly = Path.Combine(DeployFolder.RepositoryRoot, "src", BuiltHost.ProjectName, "bin", ProjectProcess.BuildConfiguration, "net10.0", "gitops-gateway.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        IReadOnlyList<string> command = [dotnet, hostAssembly, .. TranslateArguments(service, service.Command)];
        if (RunsAsAnotherUser)
        {
            command = ["runuser", "-u", "nobody", "--", .. command];
        }

        var options = new ProjectProcessOptions
        {
            WorkingDirectory = LocalPath(service, dockerfile.WorkingDirectory),
            Environment = dockerfile.Environment.Where(pair => pair.Key != "PATH").Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value))
                .Concat(environment).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal),
        };
        return Start(() => ProjectProcess.Start(command[0], command.Skip(1), options));
    }

    /// <summary>The local port standing for <paramref name="containerPort"/> of <paramref name="service"/>.</summary>
    public int Port(string service, int containerPort)
    {
        if (!ports.TryGetValue((service, containerPort), out var port))
        {
            port = FreePort.Next();
            ports[(service, containerPort)] = port;
        }

        return port;
    }

    /// <summary>A container path as the local path its mount stands for; other paths unchanged.</summary>
    public string LocalPath(ComposeService service, string containerPath)
    {
        var mount = service.Volumes
            .Select(volume => volume.Split(':'))
            .Where(parts => containerPath == parts[1] || containerPath.StartsWith(parts[1] + "/", StringComparison.Ordinal))
            .MaxBy(parts => parts[1].Length);
        if (mount is null)
        {
            return containerPath;
        }

        var source = mount[0].StartsWith('.') || mount[0].StartsWith('/')
            ? Path.GetFullPath(Path.Combine(DeployFolder.Compose, mount[0]))
            : Directory.CreateDirectory(Path.Combine(root.FullName, "volumes", mount[0])).FullName;
        return source + containerPath[mount[1].Length..];
    }

    /// <summary>An argument or variable value as it must read outside the containers.</summary>
    public string Translate(ComposeService service, string? flag, string value)
    {
        if (flag == "--ports")
        {
            return string.Join(',', value.Split(',').Select(pair => pair.Split('=')).Select(pair => $"{pair[0]}={Port(service.Name, Number(pair[1]))}"));
        }

        if (flag == "--admin-port")
        {
            return Port(service.Name, Number(value)).ToString(CultureInfo.InvariantCulture);
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            var target = url.Host == "0.0.0.0" ? service.Name : url.Host;
            Assert.True(Compose.Services.ContainsKey(target), $"{service.Name}: {value} names no compose service");
            return new UriBuilder(url) { Host = "127.0.0.1", Port = Port(target, url.Port) }.Uri.ToString();
        }

        return value.StartsWith('/') ? LocalPath(service, value) : value;
    }

    public IReadOnlyList<string> TranslateArguments(ComposeService service, IReadOnlyList<string> arguments) =>
        [.. arguments.Select((argument, index) => Translate(service, index > 0 ? arguments[index - 1] : null, argument))];

    public Dictionary<string, string?> TranslateEnvironment(ComposeService service) =>
        service.Environment.ToDictionary(pair => pair.Key, pair => (string?)Translate(service, null, pair.Value), StringComparer.Ordinal);

    /// <summary>Starts a process and stops it when this run is disposed.</summary>
    public ProjectProcess Start(Func<ProjectProcess> start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var process = start();
        processes.Add(process);
        return process;
    }

    /// <summary>Runs the service's health check (<c>["CMD", "probe", PORT, PATH]</c>) with the image's probe script until it passes.</summary>
    public async Task WaitUntilHealthyAsync(ComposeService service, ProjectProcess process, TimeSpan timeout)
    {
        Assert.Equal(["CMD", "probe"], service.Healthcheck.Take(2));
        var arguments = new[] { DeployFolder.Probe, Port(service.Name, Number(service.Healthcheck[2])).ToString(CultureInfo.InvariantCulture), service.Healthcheck[3] };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(timeout);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        var last = string.Empty;
        try
        {
            do
            {
                Assert.False(process.HasExited, $"{service.Name} exited:\n{process.Output}");
                await using var probe = ProjectProcess.Start("bash", arguments);
                if (await probe.WaitForExitAsync(TimeSpan.FromSeconds(10), deadline.Token) == 0)
                {
                    return;
                }

                last = probe.Output;
            }
            while (await poll.WaitForNextTickAsync(deadline.Token));
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"{service.Name} was not healthy within {timeout} (probe: {last}):\n{process.Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(processes))
        {
            await process.DisposeAsync();
        }

        root.Delete(recursive: true);
    }

    private static async Task<string> RunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        await using var process = ProjectProcess.Start(fileName, arguments);
        Assert.Equal(0, await process.WaitForExitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        return process.Output;
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
