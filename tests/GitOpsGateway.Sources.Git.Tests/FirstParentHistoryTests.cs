using GitOpsGateway.Testing.Logging;

namespace GitOpsGateway.Sources.Git.Tests;

public sealed class FirstParentHistoryTests : IDisposable
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private SourceScenario? scenario;

    private SourceScenario Scenario => scenario ?? throw new InvalidOperationException("Create it first.");

    public void Dispose() => scenario?.Dispose();

    [Fact]
    public async Task first_ingest_reads_the_whole_history_oldest_first()
    {
        await CreateAsync();
        var first = await Scenario.CommitAndPushAsync("one", cancellation, ("a.yaml", "a: 1\n"));
        var second = await Scenario.CommitAndPushAsync("two", cancellation, ("a.yaml", "a: 2\n"));
        var third = await Scenario.CommitAndPushAsync("three", cancellation, ("b.yaml", "b: 1\n"));
        var reader = Scenario.OpenReader();

        var tip = await reader.FetchAsync(cancellation);
        var batch = reader.ReadNewCommits(null, 100, cancellation);

        Assert.Equal(third, tip);
        Assert.Null(batch.ForcePushFrom);
        Assert.Equal([first, second, third], batch.Commits.Select(commit => commit.Sha));
        Assert.Equal(["a: 1\n"], batch.Commits[0].Files.Select(file => file.Text));
        Assert.Equal(["a: 2\n", "b: 1\n"], batch.Commits[2].Files.Select(file => file.Text));
    }

    [Fact]
    public async Task first_ingest_of_a_longer_history_keeps_the_newest_max_commits()
    {
        await CreateAsync();
        var shas = new List<string>();
        for (var index = 0; index < 5; index++)
        {
            shas.Add(await Scenario.CommitAndPushAsync($"change {index}", cancellation, ("a.yaml", $"n: {index}\n")));
        }

        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        Assert.Equal(shas[3..], reader.FindNewCommits(null, 2).Shas);
    }

    [Fact]
    public async Task three_quick_pushes_are_read_as_three_commits_in_order()
    {
        await CreateAsync();
        var ingested = await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a: 0\n"));
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        var pushed = new List<string>();
        for (var index = 1; index <= 3; index++)
        {
            pushed.Add(await Scenario.CommitAndPushAsync($"push {index}", cancellation, ("a.yaml", $"a: {index}\n")));
        }

        await reader.FetchAsync(cancellation);
        var batch = reader.ReadNewCommits(ingested, 100, cancellation);

        Assert.Null(batch.ForcePushFrom);
        Assert.Equal(pushed, batch.Commits.Select(commit => commit.Sha));
        Assert.Equal(["a: 1\n", "a: 2\n", "a: 3\n"], batch.Commits.Select(commit => commit.Files.Single().Text));
    }

    [Fact]
    public async Task nothing_new_gives_an_empty_batch()
    {
        await CreateAsync();
        var ingested = await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a: 0\n"));
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        var batch = reader.ReadNewCommits(ingested, 100, cancellation);

        Assert.Empty(batch.Commits);
        Assert.Null(batch.ForcePushFrom);
    }

    [Fact]
    public async Task more_new_commits_than_max_come_oldest_first_and_the_rest_at_the_next_call()
    {
        await CreateAsync();
        var ingested = await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a: 0\n"));
        var pushed = new List<string>();
        for (var index = 1; index <= 5; index++)
        {
            pushed.Add(await Scenario.CommitAndPushAsync($"push {index}", cancellation, ("a.yaml", $"a: {index}\n")));
        }

        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        var first = reader.FindNewCommits(ingested, 2);
        var second = reader.FindNewCommits(first.Shas[^1], 2);
        var third = reader.FindNewCommits(second.Shas[^1], 2);
        var fourth = reader.FindNewCommits(third.Shas[^1], 2);

        Assert.Equal(pushed, [.. first.Shas, .. second.Shas, .. third.Shas]);
        Assert.Empty(fourth.Shas);
        Assert.Equal(pushed[^1], reader.LocalTipSha());
    }

    [Fact]
    public async Task a_no_ff_merge_is_one_commit_and_the_feature_commits_are_not_ingested_separately()
    {
        await CreateAsync();
        var ingested = await Scenario.CommitAndPushAsync("base", cancellation, ("routes/a.yaml", "a: 0\n"));
        await Scenario.Remote.CreateBranchAsync("feature", cancellation);
        Scenario.Remote.WriteFile("routes/b.yaml", "b: 1\n");
        var featureOne = await Scenario.Remote.CommitAsync("feature one", cancellationToken: cancellation);
        Scenario.Remote.WriteFile("routes/b.yaml", "b: 2\n");
        var featureTwo = await Scenario.Remote.CommitAsync("feature two", cancellationToken: cancellation);
        await Scenario.Remote.CheckoutAsync("main", cancellation);
        var merge = await Scenario.Remote.MergeAsync("feature", "Merge feature", cancellationToken: cancellation);
        await Scenario.Remote.PushAsync(cancellation);
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        var batch = reader.ReadNewCommits(ingested, 100, cancellation);
        var wholeHistory = reader.FindNewCommits(null, 100);

        var commit = Assert.Single(batch.Commits);
        Assert.Equal(merge, commit.Sha);
        Assert.Equal([ingested, featureTwo], commit.ParentShas);
        Assert.Equal(["routes/a.yaml", "routes/b.yaml"], commit.Files.Select(file => file.Path));
        Assert.Equal([ingested, merge], wholeHistory.Shas);
        Assert.DoesNotContain(featureOne, wholeHistory.Shas);
    }

    [Fact]
    public async Task a_fast_forward_to_a_merge_of_main_into_a_feature_stops_at_history_already_ingested()
    {
        await CreateAsync();
        await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a: 0\n"));
        await Scenario.Remote.CreateBranchAsync("feature", cancellation);
        await Scenario.Remote.CommitAsync("feature one", cancellationToken: cancellation);
        await Scenario.Remote.CheckoutAsync("main", cancellation);
        var ingested = await Scenario.Remote.MergeAsync("feature", "Merge feature one", cancellationToken: cancellation);
        await Scenario.Remote.PushAsync(cancellation);

        // The feature goes on, takes main in as its second parent, and is then pushed as main (a fast-forward):
        // "feature one" is already part of the ingested merge although the new first-parent chain passes through it.
        await Scenario.Remote.CheckoutAsync("feature", cancellation);
        Scenario.Remote.WriteFile("b.yaml", "b: 2\n");
        var featureTwo = await Scenario.Remote.CommitAsync("feature two", cancellationToken: cancellation);
        var catchUp = await Scenario.Remote.MergeAsync("main", "Merge main into feature", cancellationToken: cancellation);
        await Scenario.Remote.RunGitAsync(["push", "--quiet", "origin", "feature:main"], cancellation);
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        var pending = reader.FindNewCommits(ingested, 100);

        Assert.Null(pending.ForcePushFrom);
        Assert.Equal([featureTwo, catchUp], pending.Shas);
    }

    [Fact]
    public async Task a_force_push_is_detected_and_the_new_commits_after_the_merge_base_returned()
    {
        await CreateAsync();
        var mergeBase = await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a: 0\n"));
        var ingested = await Scenario.CommitAndPushAsync("doomed", cancellation, ("a.yaml", "a: doomed\n"));
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        await Scenario.Remote.ResetHardAsync(mergeBase, cancellation);
        Scenario.Remote.WriteFile("a.yaml", "a: rewritten\n");
        var rewrittenOne = await Scenario.Remote.CommitAsync("rewritten one", cancellationToken: cancellation);
        Scenario.Remote.WriteFile("b.yaml", "b: 1\n");
        var rewrittenTwo = await Scenario.Remote.CommitAsync("rewritten two", cancellationToken: cancellation);
        await Scenario.Remote.ForcePushAsync(cancellation);
        await reader.FetchAsync(cancellation);

        var batch = reader.ReadNewCommits(ingested, 100, cancellation);

        Assert.Equal(ingested, batch.ForcePushFrom);
        Assert.Equal([rewrittenOne, rewrittenTwo], batch.Commits.Select(commit => commit.Sha));
        Assert.Equal("a: rewritten\n", batch.Commits[0].Files.Single().Text);
    }

    [Fact]
    public async Task a_reset_to_an_older_commit_returns_that_commit_as_a_force_push()
    {
        await CreateAsync();
        await Scenario.CommitAndPushAsync("one", cancellation, ("a.yaml", "a: 1\n"));
        var older = await Scenario.CommitAndPushAsync("two", cancellation, ("a.yaml", "a: 2\n"));
        var ingested = await Scenario.CommitAndPushAsync("three", cancellation, ("a.yaml", "a: 3\n"));
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        await Scenario.Remote.ResetHardAsync(older, cancellation);
        await Scenario.Remote.ForcePushAsync(cancellation);
        await reader.FetchAsync(cancellation);
        var batch = reader.ReadNewCommits(ingested, 100, cancellation);

        Assert.Equal(ingested, batch.ForcePushFrom);
        var commit = Assert.Single(batch.Commits);
        Assert.Equal(older, commit.Sha);
        Assert.Equal("a: 2\n", commit.Files.Single().Text);
    }

    [Fact]
    public async Task a_force_push_of_unrelated_history_returns_its_newest_commits()
    {
        await CreateAsync();
        var ingested = await Scenario.CommitAndPushAsync("old world", cancellation, ("a.yaml", "a: old\n"));
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        await Scenario.Remote.RunGitAsync(["checkout", "--quiet", "--orphan", "fresh"], cancellation);
        var fresh = new List<string>();
        for (var index = 0; index < 3; index++)
        {
            Scenario.Remote.WriteFile("a.yaml", $"a: new {index}\n");
            fresh.Add(await Scenario.Remote.CommitAsync($"new world {index}", cancellationToken: cancellation));
        }

        await Scenario.Remote.RunGitAsync(["push", "--quiet", "--force", "origin", "fresh:main"], cancellation);
        await reader.FetchAsync(cancellation);

        var pending = reader.FindNewCommits(ingested, 2);

        Assert.Equal(ingested, pending.ForcePushFrom);
        Assert.Equal(fresh[1..], pending.Shas);
    }

    [Fact]
    public async Task a_last_ingested_commit_missing_from_the_clone_counts_as_a_force_push()
    {
        await CreateAsync();
        var only = await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a: 0\n"));
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);
        const string vanished = "0123456789abcdef0123456789abcdef01234567";

        var pending = reader.FindNewCommits(vanished, 10);

        Assert.Equal(vanished, pending.ForcePushFrom);
        Assert.Equal([only], pending.Shas);
    }

    [Fact]
    public async Task a_force_push_is_logged_with_its_event_id()
    {
        await CreateAsync();
        var mergeBase = await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a: 0\n"));
        var ingested = await Scenario.CommitAndPushAsync("doomed", cancellation, ("a.yaml", "a: 1\n"));
        var logger = new RecordingLogger();
        var reader = Scenario.OpenReader(logger: logger);
        await reader.FetchAsync(cancellation);
        await Scenario.Remote.ResetHardAsync(mergeBase, cancellation);
        await Scenario.Remote.CommitAsync("replacement", cancellationToken: cancellation);
        await Scenario.Remote.ForcePushAsync(cancellation);
        await reader.FetchAsync(cancellation);

        reader.FindNewCommits(ingested, 10);

        var entry = Assert.Single(logger.Entries, entry => entry.EventId.Id == 2004);
        Assert.Contains(ingested, entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task selecting_commits_before_any_fetch_is_refused()
    {
        await CreateAsync();
        var reader = Scenario.OpenReader();

        Assert.Throws<InvalidOperationException>(() => reader.FindNewCommits(null, 10));
        Assert.Null(reader.LocalTipSha());
    }

    [Fact]
    public async Task abbreviated_shas_and_a_max_below_one_are_refused()
    {
        await CreateAsync();
        await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a: 0\n"));
        var reader = Scenario.OpenReader();
        var tip = await reader.FetchAsync(cancellation);

        Assert.Throws<ArgumentException>(() => reader.FindNewCommits(tip[..7], 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.FindNewCommits(tip, 0));
    }

    private async Task CreateAsync() => scenario = await SourceScenario.CreateAsync(cancellation);
}
