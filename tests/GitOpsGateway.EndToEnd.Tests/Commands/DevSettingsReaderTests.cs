using GitOpsGateway.Host.CommandLine;
using GitOpsGateway.Host.DevCommand;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.EndToEnd.Tests.Commands;

public sealed class DevSettingsReaderTests
{
    [Fact]
    public void without_options_dev_mode_watches_the_nearest_gitops_example_folder_on_the_readme_ports()
    {
        var root = RepositoryRoot.Find();

        var settings = DevSettingsReader.Read([], Path.Combine(root, "src", "GitOpsGateway.Host"));

        Assert.Equal(Path.Combine(root, "gitops-example"), settings.Folder);
        Assert.Equal(8080, settings.Ports.LocalPortFor(80));
        Assert.Equal(8443, settings.Ports.LocalPortFor(443));
        Assert.Equal(9080, settings.AdminPort);
        Assert.Null(settings.DataDirectory);
        Assert.Null(settings.Postgres);
    }

    [Fact]
    public void a_missing_folder_and_a_bad_gateway_are_both_reported()
    {
        var exception = Assert.Throws<CommandLineException>(() => DevSettingsReader.Read(["--repo", "no-such-folder", "--gateway", "edge"], Path.GetTempPath()));

        Assert.Contains("does not exist", exception.Message, StringComparison.Ordinal);
        Assert.Contains("--gateway 'edge' is not NAMESPACE/NAME", exception.Message, StringComparison.Ordinal);
    }
}
