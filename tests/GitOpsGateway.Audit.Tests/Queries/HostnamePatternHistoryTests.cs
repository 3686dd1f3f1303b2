using GitOpsGateway.Audit.Queries;
using GitOpsGateway.Audit.References;
using GitOpsGateway.Audit.Tests.Support;

namespace GitOpsGateway.Audit.Tests.Queries;

/// <summary>
/// Route tables keep a wildcard or hostname-less route's rules under <c>*.example.com</c> or <c>*</c>, not under
/// each name they serve: the history of an exact name must still show them, marked with the pattern that matched.
/// </summary>
public sealed class HostnamePatternHistoryTests(ScriptedHistoryFixture fixture) : IClassFixture<ScriptedHistoryFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static PageRequest All => new() { Size = PageRequest.MaxSize };

    private static TimeWindow FromTheWildcards => new(Since: ScriptedHistory.RecordedAt(22));

    [Fact]
    public async Task an_exact_hostname_lists_the_wildcard_and_catch_all_routes_serving_it_marked_with_their_pattern()
    {
        var page = await HistoryAsync(ReferenceSubject.Hostname("api.example.com"), null, FromTheWildcards, All);

        Assert.Equal(
            [
                "hostname:*.example.com (matched by *.example.com) Declared Started HTTPRoute/shop/subdomains [] -> [] in shop version 16 commit #22 by Grace Hopper <grace@example.com> 'Answer every example.com subdomain from api' recorded 2026-11-02 10:22:00Z",
                "hostname:*.example.com (matched by *.example.com) Served Started HTTPRoute/shop/subdomains on shop/edge [] -> [http:80] in shop version 16 commit #22 by Grace Hopper <grace@example.com> 'Answer every example.com subdomain from api' (commit " + Short(22) + " by Grace Hopper) recorded 2026-11-02 10:22:00Z",
                "hostname:* (matched by *) Served Started HTTPRoute/shop/fallback on shop/edge [] -> [http:80] in shop version 17 commit #23 by Linus Torvalds <linus@example.com> 'Catch every other host with api' (commit " + Short(23) + " by Linus Torvalds) recorded 2026-11-02 10:23:00Z",
                "hostname:*.example.com (matched by *.example.com) Declared Stopped HTTPRoute/shop/subdomains [] -> [] in shop version 18 commit #24 by Ada Lovelace <ada@example.com> 'Stop answering example.com subdomains' recorded 2026-11-02 10:24:00Z",
                "hostname:*.example.com (matched by *.example.com) Served Stopped HTTPRoute/shop/subdomains on shop/edge [http:80] -> [] in shop version 18 commit #24 by Ada Lovelace <ada@example.com> 'Stop answering example.com subdomains' (commit " + Short(24) + " by Ada Lovelace) recorded 2026-11-02 10:24:00Z",
            ],
            AnswerText.Of(page.Items, fixture.History));
    }

    [Fact]
    public async Task the_whole_history_of_an_exact_hostname_keeps_its_own_rows_unmarked_in_time_order()
    {
        var page = await HistoryAsync(ReferenceSubject.Hostname("api.example.com"), ReferenceView.Served, null, All);

        Assert.Equal(
            [
                "#4 Started HTTPRoute/shop/api exact",
                "#10 Stopped HTTPRoute/shop/api exact",
                "#10 Started HTTPRoute/shop/api-v1 exact",
                "#22 Started HTTPRoute/shop/subdomains *.example.com",
                "#23 Started HTTPRoute/shop/fallback *",
                "#24 Stopped HTTPRoute/shop/subdomains *.example.com",
            ],
            page.Items.Select(change => $"{fixture.History.Name(change.CommitSha)} {change.Change} {change.Route} {change.MatchedPattern ?? "exact"}"));
    }

    [Fact]
    public async Task a_wildcard_asked_for_lists_only_its_own_rows()
    {
        var page = await HistoryAsync(ReferenceSubject.Hostname("*.example.com"), null, null, All);

        Assert.Equal(
            [
                "hostname:*.example.com Declared Started HTTPRoute/shop/subdomains [] -> [] in shop version 16 commit #22 by Grace Hopper <grace@example.com> 'Answer every example.com subdomain from api' recorded 2026-11-02 10:22:00Z",
                "hostname:*.example.com Served Started HTTPRoute/shop/subdomains on shop/edge [] -> [http:80] in shop version 16 commit #22 by Grace Hopper <grace@example.com> 'Answer every example.com subdomain from api' (commit " + Short(22) + " by Grace Hopper) recorded 2026-11-02 10:22:00Z",
                "hostname:*.example.com Declared Stopped HTTPRoute/shop/subdomains [] -> [] in shop version 18 commit #24 by Ada Lovelace <ada@example.com> 'Stop answering example.com subdomains' recorded 2026-11-02 10:24:00Z",
                "hostname:*.example.com Served Stopped HTTPRoute/shop/subdomains on shop/edge [http:80] -> [] in shop version 18 commit #24 by Ada Lovelace <ada@example.com> 'Stop answering example.com subdomains' (commit " + Short(24) + " by Ada Lovelace) recorded 2026-11-02 10:24:00Z",
            ],
            AnswerText.Of(page.Items, fixture.History));
    }

    [Fact]
    public async Task the_catch_all_asked_for_lists_only_the_hostname_less_route()
    {
        var page = await HistoryAsync(ReferenceSubject.Hostname("*"), null, null, All);

        Assert.Equal(
            [
                "hostname:* Served Started HTTPRoute/shop/fallback on shop/edge [] -> [http:80] in shop version 17 commit #23 by Linus Torvalds <linus@example.com> 'Catch every other host with api' (commit " + Short(23) + " by Linus Torvalds) recorded 2026-11-02 10:23:00Z",
            ],
            AnswerText.Of(page.Items, fixture.History));
    }

    [Fact]
    public async Task a_name_under_no_pattern_but_the_catch_all_shows_only_the_catch_all_route()
    {
        var page = await HistoryAsync(ReferenceSubject.Hostname("shop.example.org"), ReferenceView.Served, null, All);

        Assert.Equal(
            [
                "#23 Started HTTPRoute/shop/fallback *",
            ],
            page.Items.Select(change => $"{fixture.History.Name(change.CommitSha)} {change.Change} {change.Route} {change.MatchedPattern ?? "exact"}"));
    }

    private string Short(int commit) => fixture.History.Sha(commit)[..7];

    private async Task<Page<ReferenceChange>> HistoryAsync(ReferenceSubject subject, ReferenceView? view, TimeWindow? window, PageRequest? page)
    {
        await using var session = fixture.Store.Store.QuerySession();
        return await AuditQueries.ReferenceHistoryAsync(session, subject, view, window, page, Cancellation);
    }
}
