using System.Net;
using System.Net.Http.Headers;
using GitOpsGateway.ControlPlane.Tests.Support;

namespace GitOpsGateway.ControlPlane.Tests.Admin;

public sealed class AdminAccessTests
{
    [Fact]
    public async Task the_admin_api_needs_the_token_while_health_readiness_and_openapi_are_anonymous()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        var cancellation = TestContext.Current.CancellationToken;

        foreach (var path in (string[])["/api/v1/sources", "/api/v1/versions", "/api/v1/versions/active", "/api/v1/versions/1", "/api/v1/resources"])
        {
            using var anonymous = await controlPlane.Anonymous.GetAsync(new Uri(path, UriKind.Relative), cancellation);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using var wrongToken = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/sources", UriKind.Relative));
        wrongToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");
        using var refused = await controlPlane.Anonymous.SendAsync(wrongToken, cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var anonymousSync = await controlPlane.Anonymous.PostAsync(new Uri("/api/v1/sources/shop/sync", UriKind.Relative), null, cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousSync.StatusCode);

        using var withToken = await controlPlane.Admin.GetAsync(new Uri("/api/v1/sources", UriKind.Relative), cancellation);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        using var missing = await controlPlane.Admin.GetAsync(new Uri("/api/v1/versions/41", UriKind.Relative), cancellation);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var unknownSource = await controlPlane.Admin.PostAsync(new Uri("/api/v1/sources/nope/sync", UriKind.Relative), null, cancellation);
        Assert.Equal(HttpStatusCode.NotFound, unknownSource.StatusCode);

        foreach (var path in (string[])["/healthz", "/readyz"])
        {
            using var health = await controlPlane.Anonymous.GetAsync(new Uri(path, UriKind.Relative), cancellation);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        var openApi = await controlPlane.Anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), cancellation);
        foreach (var path in (string[])["/api/v1/sources", "/api/v1/versions/{number}", "/api/v1/versions/active", "/api/v1/resources", "/webhooks/github"])
        {
            Assert.Contains($"\"{path}\"", openApi, StringComparison.Ordinal);
        }
    }
}
