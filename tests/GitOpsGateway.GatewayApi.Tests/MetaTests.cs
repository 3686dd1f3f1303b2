namespace GitOpsGateway.GatewayApi.Tests;

public sealed class MetaTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("10s", 10_000)]
    [InlineData("1h30m", 5_400_000)]
    [InlineData("1m1s1ms", 61_001)]
    [InlineData("0s", 0)]
    public void Gateway_durations_parse(string text, long milliseconds)
    {
        Assert.True(GatewayDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("1.5s")]
    [InlineData("123456s")]
    [InlineData("1h1m1s1ms1h")]
    [InlineData("-1s")]
    [InlineData("1d")]
    public void Invalid_gateway_durations_do_not_parse(string text) => Assert.False(GatewayDuration.TryParse(text, out _));

    [Fact]
    public void A_label_selector_needs_every_label_and_expression_to_hold()
    {
        var selector = new LabelSelector
        {
            MatchLabels = new Dictionary<string, string> { ["team"] = "shop" },
            MatchExpressions =
            [
                new LabelSelectorRequirement { Key = "env", Operator = LabelSelectorOperators.In, Values = ["prod", "staging"] },
                new LabelSelectorRequirement { Key = "frozen", Operator = LabelSelectorOperators.DoesNotExist },
            ],
        };

        Assert.True(selector.Matches(new Dictionary<string, string> { ["team"] = "shop", ["env"] = "prod" }));
        Assert.False(selector.Matches(new Dictionary<string, string> { ["team"] = "shop", ["env"] = "dev" }));
        Assert.False(selector.Matches(new Dictionary<string, string> { ["team"] = "shop", ["env"] = "prod", ["frozen"] = "yes" }));
        Assert.False(selector.Matches(new Dictionary<string, string> { ["env"] = "prod" }));
        Assert.True(new LabelSelector().Matches(new Dictionary<string, string>()));
    }

    [Fact]
    public void Resource_keys_print_and_order_like_kubectl_paths()
    {
        var route = new ResourceKey(ResourceKind.HttpRoute, "apps", "web");
        var gatewayClass = new ResourceKey(ResourceKind.GatewayClass, "", "gitops");

        Assert.Equal("HTTPRoute/apps/web", route.ToString());
        Assert.Equal("GatewayClass/gitops", gatewayClass.ToString());
        Assert.True(gatewayClass < route);
        Assert.True(ResourceKinds.TryParse("GRPCRoute", out var kind) && kind == ResourceKind.GrpcRoute);
        Assert.False(ResourceKinds.TryParse("httproute", out _));
    }
}
