using GitOpsGateway.Translation.Hostnames;

namespace GitOpsGateway.Translation.Tests.Hostnames;

public sealed class HostnameMatchingTests
{
    [Theory]
    [InlineData(null, "foo.example.com", "foo.example.com")]
    [InlineData("foo.example.com", "foo.example.com", "foo.example.com")]
    [InlineData("foo.example.com", "*.example.com", "foo.example.com")]
    [InlineData("*.example.com", "foo.example.com", "foo.example.com")]
    [InlineData("*.example.com", "foo.bar.example.com", "foo.bar.example.com")]
    [InlineData("*.example.com", "*.example.com", "*.example.com")]
    [InlineData("*.example.com", "*.foo.example.com", "*.foo.example.com")]
    [InlineData("*.foo.example.com", "*.example.com", "*.foo.example.com")]
    [InlineData("*.wildcard.io", "wildcard.io", null)]
    [InlineData("wildcard.io", "*.wildcard.io", null)]
    [InlineData("*.example.com", "example.com", null)]
    [InlineData("foo.example.com", "bar.example.com", null)]
    [InlineData("*.example.com", "foo.example.net", null)]
    [InlineData("*.example.com", "fooexample.com", null)]
    [InlineData("*.bar.com", "*.foo.com", null)]
    public void Intersect_returns_the_more_specific_hostname_or_nothing(string? listener, string route, string? expected) =>
        Assert.Equal(expected, HostnameMatching.Intersect(listener, route));

    [Fact]
    public void A_route_without_hostnames_inherits_the_listener_hostname_or_any()
    {
        Assert.Equal(["*.example.com"], HostnameMatching.Effective("*.example.com", []));
        Assert.Equal([HostnameMatching.Any], HostnameMatching.Effective(null, []));
    }

    [Fact]
    public void Route_hostnames_outside_the_listener_are_ignored_and_the_rest_sorted()
    {
        var effective = HostnameMatching.Effective("*.example.com", ["z.example.com", "test.example.net", "a.example.com", "a.example.com"]);

        Assert.Equal(["a.example.com", "z.example.com"], effective);
    }

    [Theory]
    [InlineData("*.example.com", "a.example.com", true)]
    [InlineData("*.example.com", "a.b.example.com", true)]
    [InlineData("*.example.com", "example.com", false)]
    [InlineData("*.example.com", ".example.com", false)]
    [InlineData("example.com", "example.com", true)]
    [InlineData("example.com", "EXAMPLE.com", false)]
    [InlineData("*", "anything.at.all", true)]
    public void Matches_treats_a_wildcard_as_a_suffix_over_at_least_one_label(string pattern, string host, bool expected) =>
        Assert.Equal(expected, HostnameMatching.Matches(pattern, host));

    [Theory]
    [InlineData("very.specific.com:1234", "very.specific.com")]
    [InlineData("very.specific.com", "very.specific.com")]
    [InlineData("[::1]:8080", "[::1]")]
    public void StripPort_ignores_the_port_of_a_host_header(string authority, string expected) =>
        Assert.Equal(expected, HostnameMatching.StripPort(authority));
}
