using static GitOpsGateway.Routing.Tests.Ir;

namespace GitOpsGateway.Routing.Tests.Matching;

public sealed class MisdirectedRequestTests
{
    // The listeners and routes of the Gateway API test for misdirected requests on one HTTPS port.
    private static readonly CompiledRouter Router = CompiledRouter.Build(Table(
        [
            Https("https", 443),
            Https("https-with-hostname", 443, "second-example.org"),
            Https("https-with-wildcard-hostname", 443, "*.wildcard.org"),
            Https("https-with-hostname-matching-wildcard", 443, "fourth-example.wildcard.org"),
        ],
        [
            Port(
                443,
                Routes("https", Host("example.org", Prefix("v1", "/detect-misdirected-requests"))),
                Routes("https-with-hostname", Host("second-example.org", Prefix("v2", "/detect-misdirected-requests"))),
                Routes("https-with-wildcard-hostname", Host("*.wildcard.org", Prefix("v3", "/detect-misdirected-requests"))),
                Routes("https-with-hostname-matching-wildcard", Host("fourth-example.wildcard.org", Prefix("v4", "/detect-misdirected-requests")))),
        ]));

    [Theory]
    [InlineData("example.org", "example.org", "v1")]
    [InlineData("example.org", "second-example.org", "421")]
    [InlineData("example.org", "unknown-example.org", "404")]
    [InlineData("second-example.org", "second-example.org", "v2")]
    [InlineData("second-example.org", "example.org", "421")]
    [InlineData("second-example.org", "unknown-example.org", "421")]
    [InlineData("third-example.wildcard.org", "third-example.wildcard.org", "v3")]
    [InlineData("third-example.wildcard.org", "fith-example.wildcard.org", "v3")]
    [InlineData("third-example.wildcard.org", "fourth-example.wildcard.org", "421")]
    [InlineData("third-example.wildcard.org", "second-example.org", "421")]
    [InlineData("third-example.wildcard.org", "unknown-example.org", "421")]
    [InlineData("fourth-example.wildcard.org", "fourth-example.wildcard.org", "v4")]
    [InlineData("fourth-example.wildcard.org", "fith-example.wildcard.org", "421")]
    [InlineData("unknown-example.org", "example.org", "v1")]
    [InlineData("unknown-example.org", "unknown-example.org", "404")]
    public void Sni_chooses_the_listener_and_a_host_of_another_listener_is_misdirected(string serverName, string host, string expected) =>
        Assert.Equal(expected, Router.Served(Requests.Https(serverName, host, "/detect-misdirected-requests")));

    [Fact]
    public void Without_sni_the_host_alone_chooses_the_listener() =>
        Assert.Equal("v2", Router.Served(Requests.Https(null, "second-example.org", "/detect-misdirected-requests")));

    [Fact]
    public void A_host_no_listener_claims_is_not_found_even_when_the_sni_listener_differs()
    {
        var router = CompiledRouter.Build(Table(
            [Https("a", 443, "a.example.com"), Https("b", 443, "b.example.com")],
            [Port(443, Routes("a", Host("a.example.com", Prefix("a", "/"))))]));

        Assert.Equal("404", router.Served(Requests.Https("a.example.com", "c.example.com")));
        Assert.Equal("421", router.Served(Requests.Https("a.example.com", "b.example.com")));
        Assert.Equal("421", router.Served(Requests.Https("c.example.com", "a.example.com")));
    }

    [Theory]
    [InlineData("second-example.org", "https-with-hostname")]
    [InlineData("x.wildcard.org", "https-with-wildcard-hostname")]
    [InlineData("FOURTH-example.wildcard.org", "https-with-hostname-matching-wildcard")]
    [InlineData("anything.else", "https")]
    [InlineData(null, "https")]
    public void Sni_selects_the_listener_whose_certificate_answers_the_handshake(string? serverName, string expected) =>
        Assert.Equal(expected, Router.HttpsListenerFor(443, serverName)?.Name);

    [Fact]
    public void No_certificate_answers_on_a_port_without_https_listeners() =>
        Assert.Null(Router.HttpsListenerFor(8443, "example.org"));
}
