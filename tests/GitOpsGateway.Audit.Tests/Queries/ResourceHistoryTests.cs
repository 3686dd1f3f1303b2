using GitOpsGateway.Audit.Queries;
using GitOpsGateway.Audit.Resources;
using GitOpsGateway.Audit.Tests.Support;

namespace GitOpsGateway.Audit.Tests.Queries;

public sealed class ResourceHistoryTests(ScriptedHistoryFixture fixture) : IClassFixture<ScriptedHistoryFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static PageRequest All => new() { Size = PageRequest.MaxSize };

    [Fact]
    public async Task a_route_history_lists_every_change_with_its_version_commit_author_message_and_spec_diff()
    {
        var page = await HistoryAsync("HTTPRoute/shop/web", null, All);

        Assert.Equal(
            [
                "Created HTTPRoute/shop/web in shop gen 1 version 2 commit #3 by Ada Lovelace <ada@example.com> authored 2026-11-01 12:00:00Z 'Route shop.example.com to web, 90/10' recorded 2026-11-02 10:03:00Z at apps/web.yaml:1",
                "  apiVersion: + gateway.networking.k8s.io/v1",
                "  kind: + HTTPRoute",
                "  metadata.name: + web",
                "  metadata.namespace: + shop",
                "  spec.hostnames[0]: + shop.example.com",
                "  spec.parentRefs[0].name: + edge",
                "  spec.rules[0].backendRefs[0].name: + web-v1",
                "  spec.rules[0].backendRefs[0].port: + 8080",
                "  spec.rules[0].backendRefs[0].weight: + 90",
                "  spec.rules[0].backendRefs[1].name: + web-v2",
                "  spec.rules[0].backendRefs[1].port: + 8080",
                "  spec.rules[0].backendRefs[1].weight: + 10",
                "  spec.rules[0].matches[0].path.type: + PathPrefix",
                "  spec.rules[0].matches[0].path.value: + /",
                "Changed HTTPRoute/shop/web in shop gen 1 version - commit #5 by Grace Hopper <grace@example.com> authored 2026-11-01 14:00:00Z 'Label the web route' recorded 2026-11-02 10:05:00Z at apps/web.yaml:1",
                "  metadata.labels.team: + storefront",
                "Changed HTTPRoute/shop/web in shop gen 2 version 4 commit #6 by Ada Lovelace <ada@example.com> authored 2026-11-01 15:00:00Z 'Shift web to 50/50' recorded 2026-11-02 10:06:00Z at apps/web.yaml:1",
                "  spec.rules[0].backendRefs[0].weight: 90 → 50",
                "  spec.rules[0].backendRefs[1].weight: 10 → 50",
                "Changed HTTPRoute/shop/web in shop gen 3 version 5 commit #7 by Linus Torvalds <linus@example.com> authored 2026-11-01 16:00:00Z 'Serve /static from legacy' recorded 2026-11-02 10:07:00Z at apps/web.yaml:1",
                "  spec.rules[1].backendRefs[0].name: + legacy",
                "  spec.rules[1].backendRefs[0].port: + 8080",
                "  spec.rules[1].matches[0].path.type: + PathPrefix",
                "  spec.rules[1].matches[0].path.value: + /static",
                "Changed HTTPRoute/shop/web in shop gen 4 version 6 commit #8 by Grace Hopper <grace@example.com> authored 2026-11-01 17:00:00Z 'Also answer www.example.com' recorded 2026-11-02 10:08:00Z at apps/web.yaml:1",
                "  spec.hostnames[1]: + www.example.com",
                "Changed HTTPRoute/shop/web in shop gen 5 version 7 commit #9 by Ada Lovelace <ada@example.com> authored 2026-11-01 18:00:00Z 'Shift web to 0/100' recorded 2026-11-02 10:09:00Z at apps/web.yaml:1",
                "  spec.rules[0].backendRefs[0].weight: 50 → 0",
                "  spec.rules[0].backendRefs[1].weight: 50 → 100",
                "Changed HTTPRoute/shop/web in shop gen 6 version 9 commit #11 by Grace Hopper <grace@example.com> authored 2026-11-01 20:00:00Z 'Drop the /static rule' recorded 2026-11-02 10:11:00Z at apps/web.yaml:1",
                "  spec.rules[1].backendRefs[0].name: - legacy",
                "  spec.rules[1].backendRefs[0].port: - 8080",
                "  spec.rules[1].matches[0].path.type: - PathPrefix",
                "  spec.rules[1].matches[0].path.value: - /static",
                "Changed HTTPRoute/shop/web in shop gen 7 version 14 commit #17 by Grace Hopper <grace@example.com> authored 2026-11-02 02:00:00Z 'Stop answering www.example.com' recorded 2026-11-02 10:17:00Z at apps/web.yaml:1",
                "  spec.hostnames[1]: - www.example.com",
            ],
            AnswerText.Of(page.Items, fixture.History));
        Assert.False(page.HasMore);
        Assert.Equal(page.Items.Select(change => change.Sequence).Order(), page.Items.Select(change => change.Sequence));
    }

    [Fact]
    public async Task a_rename_reads_as_a_deletion_and_a_creation_diffed_against_the_old_name()
    {
        var old = await HistoryAsync("HTTPRoute/shop/api", null, All);
        var renamed = await HistoryAsync("HTTPRoute/shop/api-v1", null, All);

        Assert.Equal(
            [
                "Created HTTPRoute/shop/api in shop gen 1 version 3 commit #4 by Grace Hopper <grace@example.com> authored 2026-11-01 13:00:00Z 'Route api.example.com/v1 to api' recorded 2026-11-02 10:04:00Z at apps/api.yaml:1",
                "  apiVersion: + gateway.networking.k8s.io/v1",
                "  kind: + HTTPRoute",
                "  metadata.name: + api",
                "  metadata.namespace: + shop",
                "  spec.hostnames[0]: + api.example.com",
                "  spec.parentRefs[0].name: + edge",
                "  spec.rules[0].backendRefs[0].name: + api",
                "  spec.rules[0].backendRefs[0].port: + 9090",
                "  spec.rules[0].matches[0].path.type: + PathPrefix",
                "  spec.rules[0].matches[0].path.value: + /v1",
                "Deleted HTTPRoute/shop/api in shop gen 1 version 8 commit #10 by Linus Torvalds <linus@example.com> authored 2026-11-01 19:00:00Z 'Rename the api route to api-v1' recorded 2026-11-02 10:10:00Z at apps/api.yaml:0 renamed to HTTPRoute/shop/api-v1",
                "  apiVersion: - gateway.networking.k8s.io/v1",
                "  kind: - HTTPRoute",
                "  metadata.name: - api",
                "  metadata.namespace: - shop",
                "  spec.hostnames[0]: - api.example.com",
                "  spec.parentRefs[0].name: - edge",
                "  spec.rules[0].backendRefs[0].name: - api",
                "  spec.rules[0].backendRefs[0].port: - 9090",
                "  spec.rules[0].matches[0].path.type: - PathPrefix",
                "  spec.rules[0].matches[0].path.value: - /v1",
            ],
            AnswerText.Of(old.Items, fixture.History));
        Assert.Equal(
            [
                "Created HTTPRoute/shop/api-v1 in shop gen 1 version 8 commit #10 by Linus Torvalds <linus@example.com> authored 2026-11-01 19:00:00Z 'Rename the api route to api-v1' recorded 2026-11-02 10:10:00Z at apps/api.yaml:1 renamed from HTTPRoute/shop/api",
                "  metadata.name: api → api-v1",
                "Changed HTTPRoute/shop/api-v1 in shop gen 2 version 10 commit #13 by Ada Lovelace <ada@example.com> authored 2026-11-01 22:00:00Z 'Move api-v1 to /v2' recorded 2026-11-02 10:13:00Z at apps/api.yaml:1",
                "  spec.rules[0].matches[0].path.value: /v1 → /v2",
                "Changed HTTPRoute/shop/api-v1 in shop gen 3 version 15 commit #21 by Linus Torvalds <linus@example.com> authored 2026-11-02 06:00:00Z 'Send a 0% canary of api-v1 to web-v2' recorded 2026-11-02 10:21:00Z at apps/api.yaml:1",
                "  spec.rules[0].backendRefs[1].name: + web-v2",
                "  spec.rules[0].backendRefs[1].port: + 8080",
                "  spec.rules[0].backendRefs[1].weight: + 0",
            ],
            AnswerText.Of(renamed.Items, fixture.History));
    }

    [Fact]
    public async Task objects_that_never_change_the_compiled_tables_have_no_version_and_a_deletion_lists_what_was_removed()
    {
        var gateway = await HistoryAsync("Gateway/shop/edge", null, All);
        var service = await HistoryAsync("Service/shop/legacy", null, All);

        Assert.Equal(
            [
                "Created Gateway/shop/edge in shop gen 1 version 1 commit #1 by Ada Lovelace <ada@example.com> authored 2026-11-01 10:00:00Z 'Add the gateway class and the edge gateway' recorded 2026-11-02 10:01:00Z at gateway/edge.yaml:1",
                "  apiVersion: + gateway.networking.k8s.io/v1",
                "  kind: + Gateway",
                "  metadata.name: + edge",
                "  metadata.namespace: + shop",
                "  spec.gatewayClassName: + gitops",
                "  spec.listeners[0].name: + http",
                "  spec.listeners[0].port: + 80",
                "  spec.listeners[0].protocol: + HTTP",
                "Changed Gateway/shop/edge in shop gen 1 version - commit #18 by Linus Torvalds <linus@example.com> authored 2026-11-02 03:00:00Z 'Annotate the gateway' recorded 2026-11-02 10:18:00Z at gateway/edge.yaml:1",
                "  metadata.annotations.owner: + platform",
            ],
            AnswerText.Of(gateway.Items, fixture.History));
        Assert.Equal(
            [
                "Created Service/shop/legacy in shop gen 1 version - commit #2 by Ada Lovelace <ada@example.com> authored 2026-11-01 11:00:00Z 'Add the services' recorded 2026-11-02 10:02:00Z at apps/services.yaml:22",
                "  apiVersion: + v1",
                "  kind: + Service",
                "  metadata.name: + legacy",
                "  metadata.namespace: + shop",
                "  spec.ports[0].name: + http",
                "  spec.ports[0].port: + 8080",
                "Deleted Service/shop/legacy in shop gen 1 version - commit #12 by Linus Torvalds <linus@example.com> authored 2026-11-01 21:00:00Z 'Remove the legacy service' recorded 2026-11-02 10:12:00Z at apps/services.yaml:0",
                "  apiVersion: - v1",
                "  kind: - Service",
                "  metadata.name: - legacy",
                "  metadata.namespace: - shop",
                "  spec.ports[0].name: - http",
                "  spec.ports[0].port: - 8080",
            ],
            AnswerText.Of(service.Items, fixture.History));
    }

    [Fact]
    public async Task a_time_window_keeps_changes_recorded_from_since_up_to_but_not_including_until()
    {
        var window = new TimeWindow(ScriptedHistory.RecordedAt(6), ScriptedHistory.RecordedAt(11));

        var first = await HistoryAsync("HTTPRoute/shop/web", window, new PageRequest { Size = 2 });
        var second = await HistoryAsync("HTTPRoute/shop/web", window, new PageRequest { Number = 2, Size = 2 });
        var third = await HistoryAsync("HTTPRoute/shop/web", window, new PageRequest { Number = 3, Size = 2 });

        Assert.Equal(["#6", "#7"], first.Items.Select(change => fixture.History.Name(change.CommitSha)));
        Assert.Equal((1, 2, true), (first.Number, first.Size, first.HasMore));
        Assert.Equal(["#8", "#9"], second.Items.Select(change => fixture.History.Name(change.CommitSha)));
        Assert.False(second.HasMore);
        Assert.Empty(third.Items);
        Assert.False(third.HasMore);
    }

    [Fact]
    public async Task newest_first_pages_start_from_the_latest_change()
    {
        var page = await HistoryAsync("HTTPRoute/shop/web", null, new PageRequest { Size = 3, NewestFirst = true });
        var since = await HistoryAsync("HTTPRoute/shop/web", new TimeWindow(Since: ScriptedHistory.RecordedAt(11)), new PageRequest { NewestFirst = true });

        Assert.Equal(["#17", "#11", "#9"], page.Items.Select(change => fixture.History.Name(change.CommitSha)));
        Assert.True(page.HasMore);
        Assert.Equal(["#17", "#11"], since.Items.Select(change => fixture.History.Name(change.CommitSha)));
    }

    [Fact]
    public async Task an_object_that_never_existed_has_an_empty_history_and_bad_pages_are_refused()
    {
        var page = await HistoryAsync("HTTPRoute/shop/nothing", null, null);

        Assert.Empty(page.Items);
        Assert.False(page.HasMore);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => HistoryAsync("HTTPRoute/shop/web", null, new PageRequest { Number = 0 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => HistoryAsync("HTTPRoute/shop/web", null, new PageRequest { Size = PageRequest.MaxSize + 1 }));
    }

    private async Task<Page<ResourceChange>> HistoryAsync(string resource, TimeWindow? window, PageRequest? page)
    {
        await using var session = fixture.Store.Store.QuerySession();
        return await AuditQueries.ResourceHistoryAsync(session, ResourceRef.Parse(resource), window, page, Cancellation);
    }
}
