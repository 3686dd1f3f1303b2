using System.Net;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>
/// RequestRedirect on <c>redirect.test</c> (HTTP listener port 80): each field and each status code, with the
/// scheme's default port left out of Location. No redirect reaches a backend.
/// </summary>
[Collection(RoutingCollection.Name)]
public sealed class RedirectTests(RoutingCluster cluster)
{
    [Theory]
    [InlineData("/scheme/a?q=1", HttpStatusCode.MovedPermanently, "https://redirect.test/scheme/a?q=1")]
    [InlineData("/hostname/a", HttpStatusCode.Found, "http://elsewhere.test/hostname/a")]
    [InlineData("/port/a", HttpStatusCode.SeeOther, "http://redirect.test:8080/port/a")]
    [InlineData("/default-port/a", HttpStatusCode.SeeOther, "http://redirect.test/default-port/a")]
    [InlineData("/secure-port/a", HttpStatusCode.MovedPermanently, "https://redirect.test:8443/secure-port/a")]
    [InlineData("/full/a/b?q=1", HttpStatusCode.TemporaryRedirect, "http://redirect.test/replaced?q=1")]
    [InlineData("/prefix/a/b?q=1", HttpStatusCode.PermanentRedirect, "http://redirect.test/new/a/b?q=1")]
    [InlineData("/prefix", HttpStatusCode.PermanentRedirect, "http://redirect.test/new")]
    public async Task a_redirect_answers_its_status_code_and_location(string path, HttpStatusCode status, string location)
    {
        var before = cluster.Main.RequestCount;

        using var response = await cluster.Client.GetAsync("http://redirect.test" + path);

        Assert.Equal((status, location), (response.StatusCode, response.Headers.Location?.OriginalString));
        Assert.Equal(before, cluster.Main.RequestCount);
    }
}
