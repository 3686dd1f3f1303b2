using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Configuration;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Tests.Configuration;

public sealed class ConfigViewTests : IDisposable
{
    private readonly TemporaryFolder home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public async Task Config_view_shows_each_setting_with_its_source_and_never_the_token()
    {
        home.Write(".config/ggctl/config.yaml", "server: https://file.example\ntoken: file-secret\n");

        var run = await InProcessGgctl.RunAsync(
            ["config", "view", "--server", "https://flag.example"],
            new Dictionary<string, string> { ["GGCTL_TOKEN"] = "env-secret" },
            home.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(["SETTING", "VALUE", "SOURCE"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["server", "https://flag.example", "flag", "--server"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["token", ConfigCommand.Redacted, "env", "GGCTL_TOKEN"], lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["config-file", Path.Combine(home.Path, ".config", "ggctl", "config.yaml"), "default"], lines[3].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("secret", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_view_as_json_names_sources_in_stable_lower_case()
    {
        home.Write(".config/ggctl/config.yaml", "token: file-secret\n");

        var run = await InProcessGgctl.RunAsync(["config", "view", "-o", "json"], homeDirectory: home.Path);

        var document = JsonNode.Parse(run.Output)!;
        Assert.Equal("unset", (string?)document["server"]!["source"]);
        Assert.Null(document["server"]!["value"]);
        Assert.Equal(ConfigCommand.Redacted, (string?)document["token"]!["value"]);
        Assert.Equal("file", (string?)document["token"]!["source"]);
        Assert.EndsWith("config.yaml:1", (string?)document["token"]!["origin"], StringComparison.Ordinal);
        Assert.True((bool?)document["configFile"]!["found"]);
        Assert.DoesNotContain("secret", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_config_file_is_reported_in_one_sentence_with_exit_code_2()
    {
        home.Write(".config/ggctl/config.yaml", "sever: https://typo.example\n");

        var run = await InProcessGgctl.RunAsync(["config", "view"], homeDirectory: home.Path);

        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Equal(
            $"error: {Path.Combine(home.Path, ".config", "ggctl", "config.yaml")}:1: unknown key 'sever'; the config file holds only 'server' and 'token' (and the login-* keys 'ggctl login' writes).",
            run.Error.TrimEnd());
    }

    [Fact]
    public async Task Validate_never_reads_the_config_file()
    {
        home.Write(".config/ggctl/config.yaml", "this is: [not, a, valid, config\n");

        var run = await InProcessGgctl.RunAsync(["validate", Example.Folder], homeDirectory: home.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }
}
