using System.Net;
using System.Text.Json.Nodes;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Testing.Oidc;

namespace GitOpsGateway.ControlPlane.Tests.Identity;

/// <summary>JWTs from a real issuer over HTTPS against the real control-plane executable.</summary>
public sealed class OidcAuthenticationTests
{
    [Fact]
    public async Task a_token_from_the_issuer_pins_as_its_subject_and_the_journal_records_that_subject()
    {
        await using var world = await OidcWorld.StartAsync();
        var first = await world.Scenario.Remote.PushValidRepositoryAsync();
        await world.ControlPlane.WaitForIngestedAsync(first);
        var token = world.Mint(new TokenRequest { Subject = "grace", Groups = ["staff", OidcWorld.OperatorGroup] });

        var (listed, _) = await world.GetAsync("/api/v1/sources", token);
        Assert.Equal(HttpStatusCode.OK, listed);
        var (pinned, pinBody, pinResponse) = await world.SendAsync(HttpMethod.Post, "/api/v1/pin", token, new { reason = "freeze for the audit" });
        pinResponse.Dispose();
        Assert.True(pinned == HttpStatusCode.OK, pinBody);

        var journal = await world.ControlPlane.GetJsonAsync("/api/v1/journal");
        var entry = Assert.Single(journal["items"]!.AsArray())!;
        Assert.Equal("Pin", (string?)entry["kind"]);
        Assert.Equal("grace", (string?)entry["actor"]);
        Assert.Equal("freeze for the audit", (string?)entry["reason"]);
    }

    [Fact]
    public async Task expired_wrong_audience_wrongly_signed_and_wrong_issuer_tokens_are_refused_with_401_and_the_reason()
    {
        await using var world = await OidcWorld.StartAsync();
        var issuer = world.Issuer!;
        using var neverPublished = TestSigningKey.Rsa();
        using var impostor = TestSigningKey.Rsa(issuer.CurrentKey.KeyId);
        var refused = new Dictionary<string, (TokenRequest Request, string Reason)>
        {
            ["expired"] = (new TokenRequest { Subject = "grace", Groups = [OidcWorld.OperatorGroup], Expires = DateTimeOffset.UtcNow.AddMinutes(-1) }, "The token expired at "),
            ["wrong audience"] = (new TokenRequest { Subject = "grace", Groups = [OidcWorld.OperatorGroup], Audience = "another-app" }, "The token is for the audience 'another-app', not 'gitops-gateway'."),
            ["unpublished key"] = (new TokenRequest { Subject = "grace", Groups = [OidcWorld.OperatorGroup], Key = neverPublished }, $"The token is signed with a key (kid '{neverPublished.KeyId}') that the issuer does not publish."),
            ["published kid, other key"] = (new TokenRequest { Subject = "grace", Groups = [OidcWorld.OperatorGroup], Key = impostor }, "The token's signature does not verify with the issuer's published key."),
            ["wrong issuer"] = (new TokenRequest { Subject = "grace", Groups = [OidcWorld.OperatorGroup], Issuer = "https://evil.example.com" }, "The token's issuer 'https://evil.example.com' is not the configured issuer"),
        };

        foreach (var (name, (request, reason)) in refused)
        {
            var (status, body, response) = await world.SendAsync(HttpMethod.Get, "/api/v1/sources", world.Mint(request));
            using (response)
            {
                Assert.True(status == HttpStatusCode.Unauthorized, $"{name}: {(int)status} {body}");
                Assert.StartsWith(reason, body, StringComparison.Ordinal);
                Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            }
        }

        var (valid, _) = await world.GetAsync("/api/v1/sources", world.Mint(new TokenRequest { Subject = "grace", Groups = [OidcWorld.OperatorGroup] }));
        Assert.Equal(HttpStatusCode.OK, valid);
        var (tampered, _) = await world.GetAsync("/api/v1/sources", world.Mint(new TokenRequest { Subject = "grace" })[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, tampered);
    }

    [Fact]
    public async Task a_valid_token_without_a_grant_is_forbidden_and_a_viewer_grant_by_subject_reads()
    {
        await using var world = await OidcWorld.StartAsync();

        var (stranger, _) = await world.GetAsync("/api/v1/sources", world.Mint(new TokenRequest { Subject = "mallory", Groups = ["staff"] }));
        Assert.Equal(HttpStatusCode.Forbidden, stranger);
        var (viewer, _) = await world.GetAsync("/api/v1/sources", world.Mint(new TokenRequest { Subject = OidcWorld.ViewerSubject }));
        Assert.Equal(HttpStatusCode.OK, viewer);
        using var admin = await world.ControlPlane.Admin.GetAsync(new Uri("/api/v1/sources", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task a_key_rotated_at_the_issuer_is_accepted_without_a_restart_and_a_retired_key_is_refused()
    {
        await using var world = await OidcWorld.StartAsync();
        var issuer = world.Issuer!;
        var old = issuer.CurrentKey;
        var oldToken = world.Mint(new TokenRequest { Subject = "grace", Groups = [OidcWorld.OperatorGroup] });
        Assert.Equal(HttpStatusCode.OK, (await world.GetAsync("/api/v1/sources", oldToken)).Status);
        var readsBefore = issuer.JwksReads;
        Assert.Equal(HttpStatusCode.OK, (await world.GetAsync("/api/v1/sources", oldToken)).Status);
        Assert.Equal(readsBefore, issuer.JwksReads);

        issuer.Rotate(TestSigningKey.EllipticCurve(), retireOld: true);
        var newToken = world.Mint(new TokenRequest { Subject = "grace", Groups = [OidcWorld.OperatorGroup] });
        Assert.NotEqual(old.KeyId, issuer.CurrentKey.KeyId);

        // The keys were read less than a second ago at most once per second: the first try may come too early.
        await Eventually.WaitForAsync(
            async () => (await world.GetAsync("/api/v1/sources", newToken)).Status == HttpStatusCode.OK,
            "the token signed with the rotated key to be accepted",
            TimeSpan.FromSeconds(15),
            TimeSpan.FromMilliseconds(300));
        Assert.True(issuer.JwksReads > readsBefore);
        var (retired, body) = await world.GetAsync("/api/v1/sources", oldToken);
        Assert.Equal(HttpStatusCode.Unauthorized, retired);
        Assert.StartsWith($"The token is signed with a key (kid '{old.KeyId}')", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task while_the_issuer_is_down_jwt_callers_get_503_with_the_reason_the_admin_token_works_and_readiness_says_so()
    {
        await using var world = await OidcWorld.StartAsync(issuerRunning: false);
        using var someKey = TestSigningKey.Rsa();
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        var token = handler.CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = world.IssuerUrl,
            Audience = TestIssuer.DefaultAudience,
            Claims = new Dictionary<string, object> { ["sub"] = "grace", ["groups"] = new[] { OidcWorld.OperatorGroup } },
            SigningCredentials = someKey.Credentials,
        });

        var (status, body) = await world.GetAsync("/api/v1/sources", token);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains($"the OIDC issuer {world.IssuerUrl} cannot be read", body, StringComparison.Ordinal);
        using var admin = await world.ControlPlane.Admin.GetAsync(new Uri("/api/v1/sources", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        using var ready = await world.ControlPlane.Anonymous.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("oidc-issuer: Issuer unreachable since", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var issuer = await world.StartIssuerAsync();
        var fromIssuer = issuer.Mint(new TokenRequest { Subject = "grace", Groups = [OidcWorld.OperatorGroup] });
        await Eventually.WaitForAsync(
            async () => (await world.GetAsync("/api/v1/sources", fromIssuer)).Status == HttpStatusCode.OK,
            "a token to be accepted once the issuer answers",
            TimeSpan.FromSeconds(20),
            TimeSpan.FromMilliseconds(500));
        var readiness = await world.ControlPlane.Anonymous.GetStringAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("oidc-issuer", readiness, StringComparison.Ordinal);
    }
}
