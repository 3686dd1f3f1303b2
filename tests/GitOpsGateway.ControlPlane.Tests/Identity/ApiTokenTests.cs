using System.Diagnostics;
using System.Net;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.ControlPlane.Tokens;

namespace GitOpsGateway.ControlPlane.Tests.Identity;

/// <summary>Named API tokens through the admin API of real control-plane processes sharing one database.</summary>
public sealed class ApiTokenTests
{
    [Fact]
    public async Task a_revoked_token_is_refused_by_every_replica_within_a_second()
    {
        await using var scenario = await Scenario.CreateAsync();
        var first = await scenario.StartAsync();
        var second = await scenario.StartAsync();
        var secret = await first.CreateTokenAsync("dashboard", "viewer");
        Assert.Equal(HttpStatusCode.OK, await second.StatusOfAsync("/api/v1/sources", secret));

        var (revoked, _) = await first.SendAsync(HttpMethod.Post, "/api/v1/tokens/dashboard/revoke", ControlPlaneOptions.AdminToken, new { });
        Assert.Equal(HttpStatusCode.OK, revoked);
        var clock = Stopwatch.StartNew();
        var accepted = 0;
        await Eventually.WaitForAsync(
            async () =>
            {
                var refused = await second.StatusOfAsync("/api/v1/sources", secret) == HttpStatusCode.Unauthorized;
                accepted += refused ? 0 : 1;
                return refused;
            },
            "the other replica to refuse the revoked token",
            TimeSpan.FromSeconds(10),
            TimeSpan.FromMilliseconds(10));
        TestContext.Current.SendDiagnosticMessage($"revocation seen by the other replica after {clock.ElapsedMilliseconds} ms ({accepted} requests accepted meanwhile)");

        // The bound that holds even if the notification were lost: no replica keeps a lookup longer than its cache's age.
        await Task.Delay(TimeSpan.FromSeconds(1) - ApiTokenCache.MaxAge, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, await first.StatusOfAsync("/api/v1/sources", secret));
        Assert.Equal(HttpStatusCode.Unauthorized, await second.StatusOfAsync("/api/v1/sources", secret));
        using var refused = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/sources", UriKind.Relative));
        refused.Headers.Authorization = new("Bearer", secret);
        using var answer = await second.Anonymous.SendAsync(refused, TestContext.Current.CancellationToken);
        Assert.Contains("API token 'dashboard' is revoked.", answer.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task tokens_are_created_listed_rotated_and_revoked_by_admins_only_and_the_journal_names_who_did_it()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        var admin = ControlPlaneOptions.AdminToken;

        var (created, body) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/tokens", admin, new { name = "ops-admin", role = "admin" }, onBehalfOf: "ada");
        Assert.Equal(HttpStatusCode.Created, created);
        var opsAdmin = (string)body!["token"]!;
        Assert.StartsWith(ApiTokenSecret.Prefix, opsAdmin, StringComparison.Ordinal);
        Assert.Equal("bootstrap-admin (on behalf of ada)", (string?)body["createdBy"]);
        var expires = (DateTimeOffset)body["expiresAt"]!;
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(89), TimeSpan.FromDays(91));

        // A named admin token manages tokens in turn; a viewer may read but not manage tokens.
        var viewer = await controlPlane.CreateTokenAsync("reader", "viewer");
        var (byAdmin, _) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/tokens", opsAdmin, new { name = "ci", role = "operator", scopes = (string[])["source:shop"] });
        Assert.Equal(HttpStatusCode.Created, byAdmin);
        var (byViewer, refusal) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/tokens", viewer, new { name = "sneaky", role = "admin" });
        Assert.Equal(HttpStatusCode.Forbidden, byViewer);
        Assert.Contains("reader (role viewer) lacks the ManageTokens permission", (string?)refusal!["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, await controlPlane.StatusOfAsync("/api/v1/tokens", viewer));
        Assert.Equal(HttpStatusCode.OK, await controlPlane.StatusOfAsync("/api/v1/journal", viewer));

        var (invalid, why) = await controlPlane.SendAsync(
            HttpMethod.Post, "/api/v1/tokens", admin, new { name = "Bad Name", role = "root", scopes = (string[])["team:x"], expiresInDays = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        foreach (var part in (string[])["name must be", "role must be one of viewer, operator, admin", "Scope 'team:x'", "The expiry must lie in the future"])
        {
            Assert.Contains(part, (string?)why, StringComparison.Ordinal);
        }

        var (duplicate, _) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/tokens", admin, new { name = "reader", role = "viewer" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate);

        var list = (await controlPlane.GetJsonAsync("/api/v1/tokens")).AsArray();
        Assert.Equal(["ci", "ops-admin", "reader"], list.Select(token => (string)token!["name"]!));
        Assert.All(list, token => Assert.Null(token!["token"]));
        Assert.Equal("ops-admin", (string?)list.Single(token => (string?)token!["name"] == "ci")!["createdBy"]);
        Assert.NotNull(list.Single(token => (string?)token!["name"] == "ops-admin")!["lastUsedAt"]);

        var (rotated, rotation) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/tokens/reader/rotate", opsAdmin, new { expiresInDays = 7 });
        Assert.Equal(HttpStatusCode.OK, rotated);
        var newViewer = (string)rotation!["token"]!;
        Assert.NotEqual(viewer, newViewer);
        Assert.Equal(HttpStatusCode.Unauthorized, await controlPlane.StatusOfAsync("/api/v1/sources", viewer));
        Assert.Equal(HttpStatusCode.OK, await controlPlane.StatusOfAsync("/api/v1/sources", newViewer));

        var (revoked, _) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/tokens/reader/revoke", opsAdmin, new { });
        Assert.Equal(HttpStatusCode.OK, revoked);
        var (again, _) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/tokens/reader/revoke", opsAdmin, new { });
        Assert.Equal(HttpStatusCode.BadRequest, again);
        var (unknown, _) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/tokens/nobody/rotate", opsAdmin, new { });
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal(HttpStatusCode.Unauthorized, await controlPlane.StatusOfAsync("/api/v1/sources", newViewer));
        Assert.Equal("revoked", (string?)(await controlPlane.GetJsonAsync("/api/v1/tokens")).AsArray().Single(token => (string?)token!["name"] == "reader")!["state"]);

        var journal = (await controlPlane.GetJsonAsync("/api/v1/journal")).AsObject()["items"]!.AsArray();
        var rows = journal.Select(entry => $"{entry!["kind"]} {entry["target"]?.ToString().Split(' ')[1]} by {entry["subject"]}@{entry["issuer"]} for {entry["onBehalfOf"]}").ToList();
        Assert.Equal(
            [
                "TokenCreated ops-admin by bootstrap-admin@gitops-gateway for ada",
                "TokenCreated reader by bootstrap-admin@gitops-gateway for ",
                "TokenCreated ci by ops-admin@gitops-gateway for ",
                "TokenRotated reader by ops-admin@gitops-gateway for ",
                "TokenRevoked reader by ops-admin@gitops-gateway for ",
            ],
            rows);

        // The secret is in no event: only the table holds its hash.
        Assert.DoesNotContain(await scenario.Events.AllEventDataAsync(), data => data.Contains(opsAdmin, StringComparison.Ordinal) || data.Contains(ApiTokenSecret.Hash(opsAdmin), StringComparison.Ordinal));
    }
}
