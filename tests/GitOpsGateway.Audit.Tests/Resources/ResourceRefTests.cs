using GitOpsGateway.Audit.Resources;

namespace GitOpsGateway.Audit.Tests.Resources;

public sealed class ResourceRefTests
{
    [Theory]
    [InlineData("HTTPRoute/shop/web", "HTTPRoute", "shop", "web", "HTTPRoute/shop/web")]
    [InlineData("GatewayClass/gitops", "GatewayClass", "", "gitops", "GatewayClass//gitops")]
    [InlineData("GatewayClass//gitops", "GatewayClass", "", "gitops", "GatewayClass//gitops")]
    public void parses_namespaced_and_cluster_scoped_forms(string text, string kind, string @namespace, string name, string key)
    {
        var reference = ResourceRef.Parse(text);

        Assert.Equal(new ResourceRef(kind, @namespace, name), reference);
        Assert.Equal(key, reference.Key);
        Assert.Equal(@namespace.Length == 0 ? $"{kind}/{name}" : text, reference.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("HTTPRoute")]
    [InlineData("/shop/web")]
    [InlineData("HTTPRoute/shop/")]
    [InlineData("HTTPRoute/a/b/c")]
    public void refuses_anything_else(string? text)
    {
        Assert.False(ResourceRef.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => ResourceRef.Parse(text));
        }
    }
}
