using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Tests.Server;

/// <summary><c>ggctl token</c> and <c>ggctl journal</c> against a real control plane: a created token works at once, a revoked one is refused with the reason.</summary>
public sealed class TokenCommandsTests
{
    [Fact]
    public async Task a_token_created_with_ggctl_acts_under_its_name_until_revoked_and_the_journal_shows_it()
    {
        await using var controlPlane = await ServerControlPlane.StartAsync();
        await controlPlane.PushRouteAsync("/");
        var admin = controlPlane.GgctlEnvironment;

        var create = await GgctlProcess.RunAsync(["token", "create", "ci-bot", "--role", "operator", "--scope", "source:shop", "-o", "json"], admin);
        Assert.Equal(ExitCodes.Success, create.ExitCode);
        var secret = (string)JsonNode.Parse(create.Output)!["token"]!;
        var asBot = new Dictionary<string, string?>(admin) { ["GGCTL_TOKEN"] = secret, ["GGCTL_ON_BEHALF_OF"] = "ada" };

        var pin = await GgctlProcess.RunAsync(["pin", "--reason", "release freeze"], asBot);
        Assert.Equal(ExitCodes.Success, pin.ExitCode);
        Assert.Contains("by ci-bot (on behalf of ada): release freeze", pin.Output, StringComparison.Ordinal);
        var tokens = await GgctlProcess.RunAsync(["token", "list"], asBot);
        Assert.Equal(ExitCodes.Unauthorized, tokens.ExitCode);
        Assert.Contains("ci-bot (role operator) lacks the ManageTokens permission", tokens.Output, StringComparison.Ordinal);

        var journal = await GgctlProcess.RunAsync(["journal", "-o", "json"], admin);
        var entries = JsonNode.Parse(journal.Output)!["items"]!.AsArray();
        var pinned = entries.Single(entry => (string?)entry!["kind"] == "Pin")!;
        Assert.Equal(("ci-bot", "ada"), ((string?)pinned["subject"], (string?)pinned["onBehalfOf"]));
        var table = await GgctlProcess.RunAsync(["journal"], admin);
        Assert.Contains("ON BEHALF OF", table.Output, StringComparison.Ordinal);

        var revoke = await GgctlProcess.RunAsync(["token", "revoke", "ci-bot"], admin);
        Assert.Equal(ExitCodes.Success, revoke.ExitCode);
        Assert.Contains("revoked", revoke.Output, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var refused = await GgctlProcess.RunAsync(["status"], asBot);
        Assert.Equal(ExitCodes.Unauthorized, refused.ExitCode);
        Assert.Contains("API token 'ci-bot' is revoked.", refused.Output, StringComparison.Ordinal);
    }
}
