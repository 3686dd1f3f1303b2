namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>Gateway API precedence between rules that all match a request, whatever order the manifests list them in.</summary>
[Collection(RoutingCollection.Name)]
public sealed class PrecedenceTests(RoutingCluster cluster)
{
    private const string Rule = RoutingManifests.RuleHeader;

    [Fact]
    public async Task the_longest_matching_prefix_wins()
    {
        Assert.Equal("cart-prefix", (await cluster.Client.EchoAsync("http://precedence.test/shop/cart/items")).Header(Rule));
        Assert.Equal("shop", (await cluster.Client.EchoAsync("http://precedence.test/shop/checkout")).Header(Rule));
        Assert.Equal("root", (await cluster.Client.EchoAsync("http://precedence.test/shopping")).Header(Rule));
    }

    [Fact]
    public async Task an_exact_match_beats_a_prefix_of_the_same_path()
    {
        Assert.Equal("cart-exact", (await cluster.Client.EchoAsync("http://precedence.test/shop/cart")).Header(Rule));
    }

    [Fact]
    public async Task the_match_with_more_header_matches_wins()
    {
        Assert.Equal("two-headers", (await cluster.Client.EchoAsync("http://precedence.test/headers", ("x-a", "1"), ("x-b", "2"))).Header(Rule));
        Assert.Equal("one-header", (await cluster.Client.EchoAsync("http://precedence.test/headers", ("x-a", "1"))).Header(Rule));
        Assert.Equal("root", (await cluster.Client.EchoAsync("http://precedence.test/headers")).Header(Rule));
    }

    /// <summary><c>a-newer</c> sorts before <c>z-older</c> by name, so only the creation order can pick the older one.</summary>
    [Fact]
    public async Task between_equal_matches_of_two_routes_the_older_route_wins()
    {
        Assert.Equal("older", (await cluster.Client.EchoAsync("http://age.test/anything")).Header(Rule));
    }
}
