using GitOpsGateway.NodeFeed.Server;
using Microsoft.Extensions.Options;

namespace GitOpsGateway.NodeFeed.Tests.Server;

public sealed class NodeTokenAuthenticatorTests
{
    private static readonly NodeTokenAuthenticator Authenticator = Create(
        [new("first", ["infra/edge"], "first-node-token"), new("second", ["infra/edge", "shop/edge"], " second-node-token ")],
        ["reader-token"]);

    [Theory]
    [InlineData("Bearer first-node-token", "first")]
    [InlineData("bearer second-node-token", "second")]
    [InlineData("Bearer  second-node-token ", "second")]
    [InlineData("Bearer first-node-toke", null)]
    [InlineData("Bearer first-node-token2", null)]
    [InlineData("Bearer reader-token", null)]
    [InlineData("Bearer ", null)]
    [InlineData("first-node-token", null)]
    [InlineData("Basic first-node-token", null)]
    public void node_tokens_are_matched_exactly_after_the_scheme_and_name_their_node(string header, string? name) =>
        Assert.Equal(name, Authenticator.AuthenticateNode(header)?.Name);

    [Fact]
    public void a_node_identity_serves_only_the_gateways_its_token_names()
    {
        var first = Authenticator.AuthenticateNode("Bearer first-node-token")!;

        Assert.True(first.Serves("infra/edge"));
        Assert.False(first.Serves("shop/edge"));
        Assert.True(Authenticator.AuthenticateNode("Bearer second-node-token")!.Serves("shop/edge"));
    }

    [Fact]
    public void reader_tokens_are_readers_and_node_tokens_are_not()
    {
        Assert.True(Authenticator.AcceptsReader("Bearer reader-token"));
        Assert.False(Authenticator.AcceptsReader("Bearer first-node-token"));
        Assert.False(Authenticator.AcceptsReader("Bearer someone"));
    }

    [Fact]
    public void two_authorization_headers_are_refused() =>
        Assert.Null(Authenticator.AuthenticateNode(new(["Bearer first-node-token", "Bearer first-node-token"])));

    [Fact]
    public void without_configured_tokens_nothing_is_accepted_not_even_an_empty_token()
    {
        var authenticator = Create([new("blank", ["infra/edge"], ""), new("spaces", ["infra/edge"], "  ")], []);

        Assert.False(authenticator.HasNodeTokens);
        Assert.Null(authenticator.AuthenticateNode("Bearer "));
        Assert.Null(authenticator.AuthenticateNode("Bearer  "));
    }

    private static NodeTokenAuthenticator Create(IEnumerable<NodeTokenGrant> nodeTokens, IEnumerable<string> readerTokens)
    {
        var options = new NodeFeedOptions();
        foreach (var token in readerTokens)
        {
            options.ReaderTokens.Add(token);
        }

        return new NodeTokenAuthenticator(new NodeTokenSet(nodeTokens, TimeSpan.Zero, TimeProvider.System), Options.Create(options));
    }
}
