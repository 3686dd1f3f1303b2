using GitOpsGateway.Routing.Matching;

namespace GitOpsGateway.Routing.Tests.Matching;

public sealed class WirePathTests
{
    [Theory]
    [InlineData("/a%2Fb", "/a%2Fb", "/a%2Fb")]
    [InlineData("/a%252Fb?x=1", "/a%2Fb", "/a%252Fb")]
    [InlineData("/100%25/x", "/100%/x", "/100%25/x")]
    [InlineData("/caf%C3%A9", "/café", "/caf%C3%A9")]
    [InlineData("/x/../a%2Fb/./c%3F", "/a%2Fb/c?", "/a%2Fb/c%3F")]
    [InlineData("/a/%2E%2E/b", "/b", "/b")]
    [InlineData("/a/b/..", "/a/", "/a/")]
    [InlineData("/..", "/", "/")]
    [InlineData("http://host:8080/p%2Fq?z", "/p%2Fq", "/p%2Fq")]
    [InlineData("http://host", "/", "/")]
    public void the_wire_form_keeps_each_elements_encoding(string rawTarget, string decoded, string expected) =>
        Assert.Equal(expected, WirePath.FromRawTarget(rawTarget, decoded));

    [Theory]
    [InlineData("/a%2Fb", "/a/b")]
    [InlineData("*", "/")]
    [InlineData("/caf\u00e9", "/café")]
    public void a_raw_target_that_does_not_decode_to_the_servers_path_is_not_used(string rawTarget, string decoded) =>
        Assert.Null(WirePath.FromRawTarget(rawTarget, decoded));

    [Theory]
    [InlineData("/a%2Fb%2fc", "/a%2Fb%2fc")]
    [InlineData("/%41%3F%25", "/A?%")]
    [InlineData("/%C3%28", "/%C3%28")]
    [InlineData("/%zz%4", "/%zz%4")]
    public void decoding_keeps_encoded_slashes_and_invalid_sequences_as_written(string path, string expected) =>
        Assert.Equal(expected, WirePath.Decode(path));

    [Theory]
    [InlineData("/a b/c?d", "/a%20b/c%3Fd")]
    [InlineData("/a%2Fb", "/a%2Fb")]
    [InlineData("/100%", "/100%25")]
    [InlineData("/café/€", "/caf%C3%A9/%E2%82%AC")]
    public void escaping_a_decoded_path_gives_a_wire_form_that_decodes_back(string decoded, string expected)
    {
        Assert.Equal(expected, WirePath.Escape(decoded));
        Assert.Equal(decoded, WirePath.Decode(WirePath.Escape(decoded)));
    }
}
