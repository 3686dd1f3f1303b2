using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.NodeFeed.Tests.Support;

namespace GitOpsGateway.NodeFeed.Tests.Server;

public sealed class NodeTokenSetTests
{
    private readonly ManualClock time = new(DateTimeOffset.Parse("2026-12-07T20:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void a_token_replaced_under_the_same_name_stays_valid_for_the_overlap_and_not_after()
    {
        var tokens = new NodeTokenSet([new("edge", ["infra/edge"], "old-token-0123456789")], TimeSpan.FromMinutes(5), time);

        var overlapping = tokens.Replace([new("edge", ["infra/edge"], "new-token-0123456789")]);
        time.Advance(TimeSpan.FromMinutes(4));

        Assert.Equal(["edge"], overlapping);
        Assert.Equal("edge", tokens.Match("old-token-0123456789")?.Name);
        Assert.Equal("edge", tokens.Match("new-token-0123456789")?.Name);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(tokens.Match("old-token-0123456789"));
        Assert.Equal("edge", tokens.Match("new-token-0123456789")?.Name);
    }

    [Fact]
    public void a_name_removed_from_the_list_loses_its_tokens_at_once()
    {
        var tokens = new NodeTokenSet(
            [new("edge", ["infra/edge"], "edge-token-0123456789"), new("other", ["infra/other"], "other-token-0123456789")],
            TimeSpan.FromMinutes(5),
            time);

        var overlapping = tokens.Replace([new("other", ["infra/other"], "other-token-0123456789")]);

        Assert.Empty(overlapping);
        Assert.Null(tokens.Match("edge-token-0123456789"));
        Assert.Equal("other", tokens.Match("other-token-0123456789")?.Name);
    }

    [Fact]
    public void a_second_replacement_keeps_the_first_overlap_deadline()
    {
        var tokens = new NodeTokenSet([new("edge", ["infra/edge"], "first-token-0123456789")], TimeSpan.FromMinutes(5), time);
        tokens.Replace([new("edge", ["infra/edge"], "second-token-0123456789")]);
        time.Advance(TimeSpan.FromMinutes(3));

        tokens.Replace([new("edge", ["infra/edge"], "third-token-0123456789")]);
        time.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(tokens.Match("first-token-0123456789"));
        Assert.NotNull(tokens.Match("second-token-0123456789"));
        Assert.NotNull(tokens.Match("third-token-0123456789"));
    }
}
