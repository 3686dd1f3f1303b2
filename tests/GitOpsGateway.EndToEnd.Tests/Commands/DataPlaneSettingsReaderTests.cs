using GitOpsGateway.Host.CommandLine;
using GitOpsGateway.Host.DataPlaneCommand;

namespace GitOpsGateway.EndToEnd.Tests.Commands;

public sealed class DataPlaneSettingsReaderTests : IDisposable
{
    private readonly string tokenFile = Path.GetTempFileName();

    [Fact]
    public void flags_and_the_token_variable_make_the_settings()
    {
        var settings = DataPlaneSettingsReader.Read(
            ["--control-plane", "http://control-plane:8080", "--gateway", "infra/edge", "--node-id", "node-1", "--ports=80=8080,443=8443", "--admin-port", "9999"],
            Environment(token: " secret "));

        Assert.Equal(new Uri("http://control-plane:8080/api/v1/nodes/"), settings.FeedAddress);
        Assert.Equal("infra", settings.Gateway.Namespace);
        Assert.Equal("edge", settings.Gateway.Name);
        Assert.Equal("node-1", settings.NodeId);
        Assert.Equal("secret", settings.NodeToken);
        Assert.Equal(8443, settings.Ports.LocalPortFor(443));
        Assert.Equal(9999, settings.AdminPort);
        Assert.DoesNotContain("secret", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void the_token_is_refused_as_a_flag_and_every_other_problem_is_reported_with_it()
    {
        var exception = Assert.Throws<CommandLineException>(() => DataPlaneSettingsReader.Read(
            ["--node-token", "secret", "--gateway", "not-a-gateway", "--bindaddress", "x"], Environment()));

        Assert.Contains("--node-token is not accepted", exception.Message, StringComparison.Ordinal);
        Assert.Contains("--control-plane URL is required", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'not-a-gateway' is not one", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown option --bindaddress", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void udp_session_flags_reach_the_settings_and_default_to_the_data_planes_own()
    {
        var given = DataPlaneSettingsReader.Read(
            ["--control-plane", "https://cp", "--gateway", "infra/edge", "--udp-session-idle-timeout", "15", "--udp-max-sessions-per-port=250"],
            Environment(token: "t"));
        var spanned = DataPlaneSettingsReader.Read(["--control-plane", "https://cp", "--gateway", "infra/edge", "--udp-session-idle-timeout", "00:01:30"], Environment(token: "t"));
        var defaulted = DataPlaneSettingsReader.Read(["--control-plane", "https://cp", "--gateway", "infra/edge"], Environment(token: "t"));

        Assert.Equal(TimeSpan.FromSeconds(15), given.UdpSessionIdleTimeout);
        Assert.Equal(250, given.UdpMaxSessionsPerPort);
        Assert.Equal(TimeSpan.FromSeconds(90), spanned.UdpSessionIdleTimeout);
        Assert.Equal(TimeSpan.FromSeconds(60), defaulted.UdpSessionIdleTimeout);
        Assert.Equal(10_000, defaulted.UdpMaxSessionsPerPort);
    }

    [Fact]
    public void udp_session_flags_that_are_not_positive_are_reported_together()
    {
        var exception = Assert.Throws<CommandLineException>(() => DataPlaneSettingsReader.Read(
            ["--control-plane", "https://cp", "--gateway", "infra/edge", "--udp-session-idle-timeout", "0", "--udp-max-sessions-per-port", "-3"], Environment(token: "t")));

        Assert.Contains("--udp-session-idle-timeout '0'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("--udp-max-sessions-per-port '-3'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void the_token_comes_from_a_file_when_no_variable_holds_one()
    {
        File.WriteAllText(tokenFile, "from-file\n");

        var settings = DataPlaneSettingsReader.Read(["--control-plane", "https://cp", "--gateway", "infra/edge", "--node-token-file", tokenFile], Environment());

        Assert.Equal("from-file", settings.NodeToken);
    }

    [Fact]
    public void a_token_in_both_the_variable_and_a_file_is_refused()
    {
        File.WriteAllText(tokenFile, "from-file");

        var exception = Assert.Throws<CommandLineException>(() => DataPlaneSettingsReader.Read(
            ["--control-plane", "https://cp", "--gateway", "infra/edge"], Environment(token: "variable", tokenFile: tokenFile)));

        Assert.Contains("set one", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(tokenFile);

    private static Func<string, string?> Environment(string? token = null, string? tokenFile = null) => name => name switch
    {
        DataPlaneSettingsReader.TokenVariable => token,
        DataPlaneSettingsReader.TokenFileVariable => tokenFile,
        _ => null,
    };
}
