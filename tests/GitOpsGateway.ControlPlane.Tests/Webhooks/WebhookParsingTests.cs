using System.Security.Cryptography;
using System.Text;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Webhooks;
using GitOpsGateway.Sources;

namespace GitOpsGateway.ControlPlane.Tests.Webhooks;

public sealed class WebhookParsingTests
{
    [Theory]
    [InlineData("https://github.com/Acme/Shop.git", "github.com/acme/shop")]
    [InlineData("git@github.com:acme/shop.git", "github.com/acme/shop")]
    [InlineData("ssh://git@github.com/acme/shop", "github.com/acme/shop")]
    [InlineData("https://ci:token@gitlab.example.com/acme/shop/", "gitlab.example.com/acme/shop")]
    [InlineData("/srv/git/shop.git", "/srv/git/shop")]
    [InlineData("file:///srv/git/shop.git", "/srv/git/shop")]
    public void repository_addresses_normalize_to_host_and_path(string address, string expected) =>
        Assert.Equal(expected, RepositoryAddress.Normalize(address));

    [Fact]
    public void hmac_signatures_verify_only_for_the_same_secret_and_body()
    {
        var body = Encoding.UTF8.GetBytes("{\"ref\":\"refs/heads/main\"}");
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData("s3cret"u8, body));

        Assert.True(WebhookSignatures.IsValidHmacSha256("s3cret", body, signature));
        Assert.True(WebhookSignatures.IsValidHmacSha256("s3cret", body, signature.ToUpperInvariant()));
        Assert.False(WebhookSignatures.IsValidHmacSha256("other", body, signature));
        Assert.False(WebhookSignatures.IsValidHmacSha256("s3cret", body.Append((byte)' ').ToArray(), signature));
        Assert.False(WebhookSignatures.IsValidHmacSha256("s3cret", body, "zz" + signature[2..]));
        Assert.False(WebhookSignatures.IsValidHmacSha256("s3cret", body, null));
        Assert.True(WebhookSignatures.IsValidToken("token", "token"));
        Assert.False(WebhookSignatures.IsValidToken("token", "token "));
    }

    [Fact]
    public void a_gitlab_push_payload_matches_the_source_by_url_and_branch_only()
    {
        var payload = """
            {"object_kind":"push","ref":"refs/heads/main",
             "project":{"path_with_namespace":"acme/shop","git_http_url":"https://gitlab.example.com/acme/shop.git","web_url":"https://gitlab.example.com/acme/shop"},
             "repository":{"git_ssh_url":"git@gitlab.example.com:acme/shop.git"}}
            """;
        var push = PushPayloadParser.TryParse(Encoding.UTF8.GetBytes(payload))!;
        WatchedSource[] sources =
        [
            Source("shop", "https://gitlab.example.com/acme/shop", "main"),
            Source("shop-staging", "https://gitlab.example.com/acme/shop.git", "staging"),
            Source("other", "https://gitlab.example.com/acme/other.git", "main"),
            Source("mirror", "https://mirror.example.org/acme/shop", "main"),
        ];

        Assert.Equal(["shop", "mirror"], SourceMatcher.Match(sources, push).Select(source => source.Name));
        Assert.Null(PushPayloadParser.TryParse(Encoding.UTF8.GetBytes("{\"zen\":\"ping\"}")));
        Assert.Null(PushPayloadParser.TryParse(Encoding.UTF8.GetBytes("not json")));
        Assert.Empty(SourceMatcher.Match(sources, push with { Ref = "refs/tags/v1" }));
    }

    private static WatchedSource Source(string name, string repository, string branch) =>
        new(new SourceDefinition { Name = name, Repository = repository, Branch = branch }, null);
}
