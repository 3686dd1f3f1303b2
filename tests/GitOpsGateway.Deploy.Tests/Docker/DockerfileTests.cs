using System.Text.RegularExpressions;
using GitOpsGateway.Deploy.Tests.Assets;
using GitOpsGateway.Deploy.Tests.Kubernetes;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Deploy.Tests.Docker;

public sealed class DockerfileTests
{
    private readonly Dockerfile dockerfile = Dockerfile.Load();

    [Fact]
    public void the_image_runs_as_the_numeric_non_root_user_the_kubernetes_pods_ask_for()
    {
        var user = Assert.IsType<string>(dockerfile.User);
        var uid = Regex.Match(user, @"^(?<uid>\d+)(:\d+)?$").Groups["uid"].Value;
        Assert.NotEqual(string.Empty, uid);
        Assert.NotEqual("0", uid);
        Assert.All(KubernetesManifests.Load().OfKind("Deployment"), deployment => Assert.Equal(uid, deployment.PodSpec.Mapping("securityContext")!.Text("runAsUser")));
        Assert.Contains(dockerfile.RuntimeStage, instruction => instruction.Keyword == "RUN" && instruction.Arguments.Contains($"chown {user} /var/lib/gitops-gateway", StringComparison.Ordinal));
    }

    [Fact]
    public void the_entrypoint_is_exec_form_and_names_the_published_executable()
    {
        var entrypoint = Assert.IsType<IReadOnlyList<string>>(dockerfile.Entrypoint, exactMatch: false);
        var hostOutput = PublishOutput("GitOpsGateway.Host");
        Assert.Equal(hostOutput + "/gitops-gateway", Assert.Single(entrypoint));
    }

    [Fact]
    public void the_listener_port_default_of_the_base_image_is_cleared()
    {
        // Otherwise the base image's ASPNETCORE_HTTP_PORTS=8080 competes with --urls and the node's own ports.
        Assert.Equal(string.Empty, dockerfile.Environment["ASPNETCORE_HTTP_PORTS"]);
    }

    [Fact]
    public void the_build_stage_copies_every_file_the_build_reads_and_each_exists()
    {
        var copies = dockerfile.ContextCopies.ToList();
        Assert.Contains(copies, copy => copy.Source == "src/");
        // The build above src/ reads these; without .editorconfig the analyzers would judge differently than CI.
        Assert.All(["global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig"], file => Assert.Contains(copies, copy => copy.Source == file));
        Assert.All(copies, copy => Assert.True(
            File.Exists(DeployFolder.Source(copy.Source)) || Directory.Exists(DeployFolder.Source(copy.Source)), $"COPY {copy.Source}: not in the repository"));
    }

    [Fact]
    public async Task the_publish_commands_succeed_here_and_their_output_runs_as_an_unprivileged_user()
    {
        var publishes = dockerfile.PublishCommands;
        Assert.Equal(["GitOpsGateway.Host", "GitOpsGateway.Cli"], publishes.Select(ProjectOf));
        var root = Directory.CreateTempSubdirectory("gitops-gateway-publish-");
        try
        {
            // Others than root must enter it, for the run as nobody below.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(root.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }
            foreach (var publish in publishes)
            {
                var arguments = publish.ToList();
                var output = arguments.IndexOf("-o");
                arguments[output + 1] = root.FullName + arguments[output + 1];
                await RunAsync("dotnet", [.. arguments, .. ReuseBuild(publish)], DeployFolder.RepositoryRoot);
            }

            var gateway = await RunAsync(root.FullName + dockerfile.Entrypoint![0], ["--help"], root.FullName, asUnprivileged: true);
            Assert.Contains("data-plane", gateway, StringComparison.Ordinal);
            var ggctl = await RunAsync(root.FullName + PublishOutput("GitOpsGateway.Cli") + "/ggctl", ["--help"], root.FullName, asUnprivileged: true);
            Assert.Contains("validate", ggctl, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static string ProjectOf(IReadOnlyList<string> publish) => Path.GetFileNameWithoutExtension(publish[1]);

    private string PublishOutput(string project)
    {
        var publish = dockerfile.PublishCommands.Single(command => ProjectOf(command) == project).ToList();
        return publish[publish.IndexOf("-o") + 1];
    }

    /// <summary>
    /// CI has just built every project in Release: publishing then only lays the output out, as the image's build
    /// stage does after its own build. Without that build, the publish builds too (slower, same result).
    /// </summary>
    private static IEnumerable<string> ReuseBuild(IReadOnlyList<string> publish)
    {
        var project = ProjectOf(publish);
        var configuration = publish[publish.ToList().IndexOf("-c") + 1];
        var built = Path.Combine(DeployFolder.RepositoryRoot, "src", project, "bin", configuration, "net10.0");
        return Directory.Exists(built) && Directory.GetFiles(built, "*.runtimeconfig.json").Length == 1 ? ["--no-build"] : [];
    }

    private static async Task<string> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, bool asUnprivileged = false)
    {
        var (program, all) = asUnprivileged && Environment.UserName == "root"
            ? ("runuser", (IReadOnlyList<string>)["-u", "nobody", "--", fileName, .. arguments])
            : (fileName, arguments);
        await using var process = ProjectProcess.Start(program, all, new ProjectProcessOptions { WorkingDirectory = workingDirectory });
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);
        Assert.True(exitCode == 0, $"`{process.CommandLine}` exited with {exitCode}:\n{process.Output}");
        return process.Output;
    }
}
