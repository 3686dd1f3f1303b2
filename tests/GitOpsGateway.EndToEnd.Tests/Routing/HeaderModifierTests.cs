namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>RequestHeaderModifier as the backend sees it, ResponseHeaderModifier as the client sees it.</summary>
[Collection(RoutingCollection.Name)]
public sealed class HeaderModifierTests(RoutingCluster cluster)
{
    [Fact]
    public async Task request_header_modifier_sets_adds_and_removes_what_the_backend_sees()
    {
        var echo = await cluster.Client.EchoAsync(
            "http://headers.test/request", ("x-set", "original"), ("x-add", "client"), ("x-remove", "gone"), ("x-kept", "kept"));

        Assert.Equal("set-value", echo.Header("x-set"));
        Assert.Equal(["client,added"], echo.HeaderValues("x-add"));
        Assert.Null(echo.Header("x-remove"));
        Assert.Equal("kept", echo.Header("x-kept"));
    }

    [Fact]
    public async Task response_header_modifier_sets_adds_and_removes_what_the_client_gets()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("http://headers.test/response"));
        request.Headers.Add("X-Echo-Set-Header", "x-header-set:backend, x-header-add:backend, x-header-remove:backend, x-header-kept:backend");

        using var response = await cluster.Client.SendAsync(request);

        Assert.Equal(["set-overwrites"], response.Headers.GetValues("x-header-set"));
        Assert.Equal(["backend,add-appends"], response.Headers.GetValues("x-header-add"));
        Assert.False(response.Headers.Contains("x-header-remove"));
        Assert.Equal(["backend"], response.Headers.GetValues("x-header-kept"));
    }
}
