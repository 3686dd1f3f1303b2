using GitOpsGateway.NodeFeed.Server;
using Microsoft.Extensions.Options;

namespace GitOpsGateway.NodeFeed.Tests.Server;

public sealed class NodeTokenAuthenticatorTests
{
    private static readonly NodeTokenAuthenticator Authenticator = Create(["first-node-token", " second-node-token "], ["reader-token"]);

    [Theory]
    [InlineData("Bearer first-node-token", true)]
    [InlineData("bearer second-node-token", true)]
    [InlineData("Bearer  second-node-token ", true)]
    [InlineData("Bearer first-node-toke", false)]
    [InlineData("Bearer first-node-token2", false)]
    [InlineData("Bearer reader-token", false)]
    [InlineData("Bearer ", false)]
    [InlineData("first-node-token", false)]
    [InlineData("Basic first-node-token", false)]
    public void node_tokens_are_matched_exactly_after_the_scheme(string header, bool accepted) =>
        Assert.Equal(accepted, Authenticator.AcceptsNode(header));

    [Fact]
    public void readers_may_use_reader_or_node_tokens()
    {
        Assert.True(Authenticator.AcceptsReader("Bearer reader-token"));
        Assert.True(Authenticator.AcceptsReader("Bearer first-node-token"));
        Assert.False(Authenticator.AcceptsReader("Bearer someone"));
    }

    [Fact]
    public void two_authorization_headers_are_refused() =>
        Assert.False(Authenticator.AcceptsNode(new(["Bearer first-node-token", "Bearer first-node-token"])));

    [Fact]
    public void without_configured_tokens_nothing_is_accepted_not_even_an_empty_token()
    {
        var authenticator = Create(["", "  "], []);

        Assert.False(authenticator.HasNodeTokens);
        Assert.False(authenticator.AcceptsNode("Bearer "));
        Assert.False(authenticator.AcceptsNode("Bearer  "));
    }

    private static NodeTokenAuthenticator Create(IEnumerable<string> nodeTokens, IEnumerable<string> readerTokens)
    {
        var options = new NodeFeedOptions();
        foreach (var token in nodeTokens)
        {
            options.NodeTokens.Add(token);
        }

        foreach (var token in readerTokens)
        {
            options.ReaderTokens.Add(token);
        }

        return new NodeTokenAuthenticator(Options.Create(options));
    }
}
