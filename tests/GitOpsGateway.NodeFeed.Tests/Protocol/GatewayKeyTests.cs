using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.NodeFeed.Tests.Protocol;

public sealed class GatewayKeyTests
{
    [Theory]
    [InlineData("infra/edge", "infra", "edge")]
    [InlineData("team-a/gw.v2", "team-a", "gw.v2")]
    public void namespace_slash_name_parses(string text, string ns, string name)
    {
        Assert.True(GatewayKey.TryParse(text, out var gateway));
        Assert.Equal(new NamespacedName { Namespace = ns, Name = name }, gateway);
        Assert.Equal(text, GatewayKey.Format(gateway));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("edge")]
    [InlineData("/edge")]
    [InlineData("infra/")]
    [InlineData("infra/edge/x")]
    [InlineData("Infra/edge")]
    [InlineData("../edge")]
    [InlineData("infra/a..b")]
    [InlineData("infra/a_b")]
    [InlineData("infra/-edge")]
    public void anything_else_does_not(string? text) => Assert.False(GatewayKey.TryParse(text, out _));
}
