namespace GitOpsGateway.Cli.Tests.Configuration;

/// <summary>The built ggctl reads its real process environment and home folder.</summary>
public sealed class ConfigProcessTests
{
    [Fact]
    public async Task Flag_beats_environment_beats_the_config_file_in_the_home_folder()
    {
        using var home = new TemporaryFolder();
        home.Write(".config/ggctl/config.yaml", "server: https://file.example\ntoken: file-secret\n");
        var environment = new Dictionary<string, string?> { ["HOME"] = home.Path, ["GGCTL_SERVER"] = "https://env.example" };

        var fromEnvironment = await GgctlProcess.RunAsync(["config", "view", "-o", "jsonpath={.server.value} {.token.source}"], environment);
        var fromFlag = await GgctlProcess.RunAsync(["config", "view", "--server", "http://flag.example:9000", "-o", "jsonpath={.server.value} {.server.source}"], environment);

        Assert.Equal((0, "https://env.example file"), (fromEnvironment.ExitCode, fromEnvironment.Output));
        Assert.Equal((0, "http://flag.example:9000 flag"), (fromFlag.ExitCode, fromFlag.Output));
    }

    [Fact]
    public async Task GGCTL_CONFIG_pointing_nowhere_exits_2()
    {
        var run = await GgctlProcess.RunAsync(["config", "view"], new Dictionary<string, string?> { ["GGCTL_CONFIG"] = "/no/such/ggctl.yaml" });

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: Cannot read the config file /no/such/ggctl.yaml: ", run.Output, StringComparison.Ordinal);
    }
}
