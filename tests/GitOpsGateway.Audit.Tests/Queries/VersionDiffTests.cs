using GitOpsGateway.Audit.Queries;
using GitOpsGateway.Audit.Tests.Support;
using GitOpsGateway.Events.Queries;

namespace GitOpsGateway.Audit.Tests.Queries;

public sealed class VersionDiffTests(ScriptedHistoryFixture fixture) : IClassFixture<ScriptedHistoryFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task the_diff_between_two_versions_lists_rules_and_weights_added_removed_and_changed_across_the_versions_between()
    {
        var diff = await DiffAsync(3, 7, null, new PageRequest { Size = PageRequest.MaxSize });

        Assert.NotNull(diff);
        Assert.Equal((3L, fixture.History.Sha(4)), (diff.From.Number, diff.From.Provenance.CommitSha));
        Assert.Equal((7L, fixture.History.Sha(9)), (diff.To.Number, diff.To.Provenance.CommitSha));
        Assert.Equal(ScriptedHistory.RecordedAt(9), diff.To.CreatedAt);
        var gateway = Assert.Single(diff.Gateways);
        Assert.Equal(("shop/edge", 3L, 7L, 5), (gateway.Gateway, gateway.FromTableVersion, gateway.ToTableVersion, gateway.Changes));
        Assert.Equal(await TableHashAsync(3), gateway.FromHash);
        Assert.Equal(await TableHashAsync(7), gateway.ToHash);
        Assert.Equal(
            [
                "shop/edge Added Cluster | cluster shop/legacy:8080 added: Http1 ClusterDns legacy.shop.svc.cluster.local legacy.shop.svc.cluster.local:8080",
                "shop/edge Changed RuleBackends | backends of rule http:80 shop.example.com HTTPRoute shop/web rule 0 match 0 changed: shop/web-v1:8080=90, shop/web-v2:8080=10 -> shop/web-v1:8080=0, shop/web-v2:8080=100",
                "shop/edge Added Rule | rule http:80 shop.example.com HTTPRoute shop/web rule 1 match 0 added: PathPrefix /static to shop/legacy:8080=1",
                "shop/edge Added Rule | rule http:80 www.example.com HTTPRoute shop/web rule 0 match 0 added: PathPrefix / to shop/web-v1:8080=0, shop/web-v2:8080=100",
                "shop/edge Added Rule | rule http:80 www.example.com HTTPRoute shop/web rule 1 match 0 added: PathPrefix /static to shop/legacy:8080=1",
            ],
            AnswerText.Of(diff.Changes.Items));
        Assert.False(diff.Changes.HasMore);
    }

    [Fact]
    public async Task a_renamed_route_reads_as_its_rules_removed_and_added()
    {
        var diff = await DiffAsync(7, 8, null, null);

        Assert.Equal(
            [
                "shop/edge Removed Rule | rule http:80 api.example.com HTTPRoute shop/api rule 0 match 0 removed: PathPrefix /v1 to shop/api:9090=1",
                "shop/edge Added Rule | rule http:80 api.example.com HTTPRoute shop/api-v1 rule 0 match 0 added: PathPrefix /v1 to shop/api:9090=1",
            ],
            AnswerText.Of(diff!.Changes.Items));
    }

    [Fact]
    public async Task changes_are_paged_and_a_backwards_diff_reverses_them()
    {
        var first = await DiffAsync(3, 7, null, new PageRequest { Size = 2 });
        var last = await DiffAsync(3, 7, null, new PageRequest { Number = 3, Size = 2 });
        var backwards = await DiffAsync(7, 3, null, new PageRequest { Size = 1 });

        Assert.Equal([ "Added Cluster", "Changed RuleBackends" ], first!.Changes.Items.Select(change => $"{change.Kind} {change.Subject}"));
        Assert.True(first.Changes.HasMore);
        Assert.Equal("http:80 www.example.com HTTPRoute shop/web rule 1 match 0", Assert.Single(last!.Changes.Items).Key);
        Assert.False(last.Changes.HasMore);
        Assert.Equal(
            "cluster shop/legacy:8080 removed: Http1 ClusterDns legacy.shop.svc.cluster.local legacy.shop.svc.cluster.local:8080",
            Assert.Single(backwards!.Changes.Items).Description);
    }

    [Fact]
    public async Task an_unknown_version_has_no_diff_and_an_unknown_gateway_has_no_changes()
    {
        var missing = await DiffAsync(3, 99, null, null);
        var otherGateway = await DiffAsync(3, 7, "shop/other", null);
        var same = await DiffAsync(7, 7, "shop/edge", null);

        Assert.Null(missing);
        Assert.Empty(otherGateway!.Gateways);
        Assert.Empty(otherGateway.Changes.Items);
        Assert.Equal(0, Assert.Single(same!.Gateways).Changes);
        Assert.Empty(same.Changes.Items);
    }

    private async Task<string> TableHashAsync(long version)
    {
        await using var session = fixture.Store.Store.QuerySession();
        return Assert.Single((await GatewayQueries.VersionAsync(session, version, Cancellation))!.Tables).Hash;
    }

    private async Task<VersionDiff?> DiffAsync(long from, long to, string? gateway, PageRequest? page)
    {
        await using var session = fixture.Store.Store.QuerySession();
        return await AuditQueries.VersionDiffAsync(session, from, to, gateway, page, Cancellation);
    }
}
