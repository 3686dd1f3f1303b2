using GitOpsGateway.Audit.Queries;
using GitOpsGateway.Audit.References;
using GitOpsGateway.Audit.Tests.Support;

namespace GitOpsGateway.Audit.Tests.Queries;

public sealed class ReferenceHistoryTests(ScriptedHistoryFixture fixture) : IClassFixture<ScriptedHistoryFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static PageRequest All => new() { Size = PageRequest.MaxSize };

    [Fact]
    public async Task a_backend_shows_the_weight_shifts_90_50_0_in_both_views_declared_first()
    {
        var page = await HistoryAsync(ReferenceSubject.Backend("shop", "web-v1"), null, null, All);

        Assert.Equal(
            [
                "backend:shop/web-v1 Declared Started HTTPRoute/shop/web [] -> [rule 0: port 8080 weight 90] in shop version 2 commit #3 by Ada Lovelace <ada@example.com> 'Route shop.example.com to web, 90/10' recorded 2026-11-02 10:03:00Z",
                "backend:shop/web-v1 Served Started HTTPRoute/shop/web on shop/edge [] -> [rule 0: port 8080 weight 90] in shop version 2 commit #3 by Ada Lovelace <ada@example.com> 'Route shop.example.com to web, 90/10' (commit " + Short(3) + " by Ada Lovelace) recorded 2026-11-02 10:03:00Z",
                "backend:shop/web-v1 Declared Changed HTTPRoute/shop/web [rule 0: port 8080 weight 90] -> [rule 0: port 8080 weight 50] in shop version 4 commit #6 by Ada Lovelace <ada@example.com> 'Shift web to 50/50' recorded 2026-11-02 10:06:00Z",
                "backend:shop/web-v1 Served Changed HTTPRoute/shop/web on shop/edge [rule 0: port 8080 weight 90] -> [rule 0: port 8080 weight 50] in shop version 4 commit #6 by Ada Lovelace <ada@example.com> 'Shift web to 50/50' (commit " + Short(6) + " by Ada Lovelace) recorded 2026-11-02 10:06:00Z",
                "backend:shop/web-v1 Declared Changed HTTPRoute/shop/web [rule 0: port 8080 weight 50] -> [rule 0: port 8080 weight 0] in shop version 7 commit #9 by Ada Lovelace <ada@example.com> 'Shift web to 0/100' recorded 2026-11-02 10:09:00Z",
                "backend:shop/web-v1 Served Changed HTTPRoute/shop/web on shop/edge [rule 0: port 8080 weight 50] -> [rule 0: port 8080 weight 0] in shop version 7 commit #9 by Ada Lovelace <ada@example.com> 'Shift web to 0/100' (commit " + Short(9) + " by Ada Lovelace) recorded 2026-11-02 10:09:00Z",
            ],
            AnswerText.Of(page.Items, fixture.History));
    }

    [Fact]
    public async Task the_served_view_of_a_backend_lists_every_route_that_forwarded_to_it()
    {
        var page = await HistoryAsync(ReferenceSubject.Backend("shop", "web-v2"), ReferenceView.Served, null, All);

        Assert.Equal(
            [
                "backend:shop/web-v2 Served Started HTTPRoute/shop/web on shop/edge [] -> [rule 0: port 8080 weight 10] in shop version 2 commit #3 by Ada Lovelace <ada@example.com> 'Route shop.example.com to web, 90/10' (commit " + Short(3) + " by Ada Lovelace) recorded 2026-11-02 10:03:00Z",
                "backend:shop/web-v2 Served Changed HTTPRoute/shop/web on shop/edge [rule 0: port 8080 weight 10] -> [rule 0: port 8080 weight 50] in shop version 4 commit #6 by Ada Lovelace <ada@example.com> 'Shift web to 50/50' (commit " + Short(6) + " by Ada Lovelace) recorded 2026-11-02 10:06:00Z",
                "backend:shop/web-v2 Served Changed HTTPRoute/shop/web on shop/edge [rule 0: port 8080 weight 50] -> [rule 0: port 8080 weight 100] in shop version 7 commit #9 by Ada Lovelace <ada@example.com> 'Shift web to 0/100' (commit " + Short(9) + " by Ada Lovelace) recorded 2026-11-02 10:09:00Z",
                "backend:shop/web-v2 Served Started HTTPRoute/shop/docs on shop/edge [] -> [rule 0: port 8080 weight 1] in shop version 11 commit #14 by Grace Hopper <grace@example.com> 'Add the docs route' (commit " + Short(14) + " by Grace Hopper) recorded 2026-11-02 10:14:00Z",
                "backend:shop/web-v2 Served Stopped HTTPRoute/shop/docs on shop/edge [rule 0: port 8080 weight 1] -> [] in shop version 13 commit #16 by Ada Lovelace <ada@example.com> 'Delete the docs route' (commit " + Short(16) + " by Ada Lovelace) recorded 2026-11-02 10:16:00Z",
                "backend:shop/web-v2 Served Started HTTPRoute/shop/api-v1 on shop/edge [] -> [rule 0: port 8080 weight 0] in shop version 15 commit #21 by Linus Torvalds <linus@example.com> 'Send a 0% canary of api-v1 to web-v2' (commit " + Short(21) + " by Linus Torvalds) recorded 2026-11-02 10:21:00Z",
            ],
            AnswerText.Of(page.Items, fixture.History));
    }

    [Fact]
    public async Task a_hostname_moving_to_a_renamed_route_stops_on_the_old_name_and_starts_on_the_new_one()
    {
        var beforeTheWildcards = new TimeWindow(Since: null, Until: ScriptedHistory.RecordedAt(22));

        var page = await HistoryAsync(ReferenceSubject.Hostname("API.example.com."), null, beforeTheWildcards, All);

        Assert.Equal(
            [
                "hostname:api.example.com Declared Started HTTPRoute/shop/api [] -> [] in shop version 3 commit #4 by Grace Hopper <grace@example.com> 'Route api.example.com/v1 to api' recorded 2026-11-02 10:04:00Z",
                "hostname:api.example.com Served Started HTTPRoute/shop/api on shop/edge [] -> [http:80] in shop version 3 commit #4 by Grace Hopper <grace@example.com> 'Route api.example.com/v1 to api' (commit " + Short(4) + " by Grace Hopper) recorded 2026-11-02 10:04:00Z",
                "hostname:api.example.com Declared Stopped HTTPRoute/shop/api [] -> [] in shop version 8 commit #10 by Linus Torvalds <linus@example.com> 'Rename the api route to api-v1' recorded 2026-11-02 10:10:00Z",
                "hostname:api.example.com Declared Started HTTPRoute/shop/api-v1 [] -> [] in shop version 8 commit #10 by Linus Torvalds <linus@example.com> 'Rename the api route to api-v1' recorded 2026-11-02 10:10:00Z",
                "hostname:api.example.com Served Stopped HTTPRoute/shop/api on shop/edge [http:80] -> [] in shop version 8 commit #10 by Linus Torvalds <linus@example.com> 'Rename the api route to api-v1' (commit " + Short(10) + " by Linus Torvalds) recorded 2026-11-02 10:10:00Z",
                "hostname:api.example.com Served Started HTTPRoute/shop/api-v1 on shop/edge [] -> [http:80] in shop version 8 commit #10 by Linus Torvalds <linus@example.com> 'Rename the api route to api-v1' (commit " + Short(10) + " by Linus Torvalds) recorded 2026-11-02 10:10:00Z",
            ],
            AnswerText.Of(page.Items, fixture.History));
    }

    [Fact]
    public async Task a_path_served_on_a_new_hostname_changes_in_the_served_view_only()
    {
        var page = await HistoryAsync(ReferenceSubject.Path("/static"), null, null, All);

        Assert.Equal(
            [
                "path:/static Declared Started HTTPRoute/shop/web [] -> [rule 1: PathPrefix] in shop version 5 commit #7 by Linus Torvalds <linus@example.com> 'Serve /static from legacy' recorded 2026-11-02 10:07:00Z",
                "path:/static Served Started HTTPRoute/shop/web on shop/edge [] -> [PathPrefix on shop.example.com] in shop version 5 commit #7 by Linus Torvalds <linus@example.com> 'Serve /static from legacy' (commit " + Short(7) + " by Linus Torvalds) recorded 2026-11-02 10:07:00Z",
                "path:/static Served Changed HTTPRoute/shop/web on shop/edge [PathPrefix on shop.example.com] -> [PathPrefix on shop.example.com, PathPrefix on www.example.com] in shop version 6 commit #8 by Grace Hopper <grace@example.com> 'Also answer www.example.com' (commit " + Short(8) + " by Grace Hopper) recorded 2026-11-02 10:08:00Z",
                "path:/static Declared Stopped HTTPRoute/shop/web [rule 1: PathPrefix] -> [] in shop version 9 commit #11 by Grace Hopper <grace@example.com> 'Drop the /static rule' recorded 2026-11-02 10:11:00Z",
                "path:/static Served Stopped HTTPRoute/shop/web on shop/edge [PathPrefix on shop.example.com, PathPrefix on www.example.com] -> [] in shop version 9 commit #11 by Grace Hopper <grace@example.com> 'Drop the /static rule' (commit " + Short(11) + " by Grace Hopper) recorded 2026-11-02 10:11:00Z",
            ],
            AnswerText.Of(page.Items, fixture.History));
    }

    [Fact]
    public async Task reference_history_takes_a_view_a_time_window_and_pages()
    {
        var subject = ReferenceSubject.Backend("shop", "web-v2");
        var window = new TimeWindow(ScriptedHistory.RecordedAt(9), ScriptedHistory.RecordedAt(21));

        var declared = await HistoryAsync(subject, ReferenceView.Declared, window, new PageRequest { Size = 2 });
        var rest = await HistoryAsync(subject, ReferenceView.Declared, window, new PageRequest { Number = 2, Size = 2 });
        var newest = await HistoryAsync(subject, null, null, new PageRequest { Size = 1, NewestFirst = true });

        Assert.Equal(["#9 Changed HTTPRoute/shop/web", "#14 Started HTTPRoute/shop/docs"], declared.Items.Select(Line));
        Assert.True(declared.HasMore);
        Assert.Equal(["#16 Stopped HTTPRoute/shop/docs"], rest.Items.Select(Line));
        Assert.False(rest.HasMore);
        Assert.Equal(["#21 Started HTTPRoute/shop/api-v1"], newest.Items.Select(Line));
        Assert.Equal(ReferenceView.Served, newest.Items[0].View);
    }

    [Fact]
    public async Task a_value_nothing_referred_to_has_no_history()
    {
        var page = await HistoryAsync(ReferenceSubject.Path("/nowhere"), null, null, null);

        Assert.Empty(page.Items);
        Assert.False(page.HasMore);
    }

    private string Short(int commit) => fixture.History.Sha(commit)[..7];

    private string Line(ReferenceChange change) => $"{fixture.History.Name(change.CommitSha)} {change.Change} {change.Route}";

    private async Task<Page<ReferenceChange>> HistoryAsync(ReferenceSubject subject, ReferenceView? view, TimeWindow? window, PageRequest? page)
    {
        await using var session = fixture.Store.Store.QuerySession();
        return await AuditQueries.ReferenceHistoryAsync(session, subject, view, window, page, Cancellation);
    }
}
