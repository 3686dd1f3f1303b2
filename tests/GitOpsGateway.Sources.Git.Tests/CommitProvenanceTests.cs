using System.Globalization;
using GitOpsGateway.Testing.Git;

namespace GitOpsGateway.Sources.Git.Tests;

public sealed class CommitProvenanceTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 30, 15, TimeSpan.FromHours(5.5));
    private static readonly DateTimeOffset Tuesday = new(2026, 3, 3, 18, 5, 0, TimeSpan.FromHours(-7));

    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private SourceScenario? scenario;

    private SourceScenario Scenario => scenario ?? throw new InvalidOperationException("Create it first.");

    public void Dispose() => scenario?.Dispose();

    [Fact]
    public async Task a_merge_commit_keeps_its_author_committer_times_with_offsets_message_and_parents()
    {
        await CreateAsync();
        Scenario.Remote.WriteFile("a.yaml", "a\n");
        var first = await Scenario.Remote.CommitAsync("base", date: Monday, cancellationToken: cancellation);
        await Scenario.Remote.CreateBranchAsync("feature", cancellation);
        Scenario.Remote.WriteFile("b.yaml", "b\n");
        var feature = await Scenario.Remote.CommitAsync("feature", date: Monday, cancellationToken: cancellation);
        await Scenario.Remote.CheckoutAsync("main", cancellation);
        var ada = new GitAuthor("Ada Lovelace", "ada@example.test");
        var merge = await Scenario.Remote.MergeAsync("feature", "Merge feature\n\nWith a body line.", ada, Tuesday, cancellation);
        await Scenario.Remote.PushAsync(cancellation);
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        var commit = reader.ReadCommit(merge, cancellation).Commit;
        var root = reader.ReadCommit(first, cancellation).Commit;

        Assert.Equal(merge, commit.Sha);
        Assert.Equal([first, feature], commit.ParentShas);
        Assert.Empty(root.ParentShas);
        Assert.Equal(new CommitSignature("Ada Lovelace", "ada@example.test", Tuesday), commit.Author);
        Assert.Equal(new CommitSignature("Ada Lovelace", "ada@example.test", Tuesday), commit.Committer);
        Assert.Equal((TimeSpan.FromHours(-7), TimeSpan.FromHours(-7)), (commit.Author.When.Offset, commit.Committer.When.Offset));
        Assert.Equal("Merge feature\n\nWith a body line.\n", commit.Message);
        Assert.Equal(TimeSpan.FromHours(5.5), root.Author.When.Offset);
    }

    [Fact]
    public async Task author_and_committer_are_read_separately_as_git_recorded_them()
    {
        await CreateAsync();
        Scenario.Remote.WriteFile("a.yaml", "a\n");
        await Scenario.Remote.RunGitAsync(["add", "--all"], cancellation);
        await Scenario.Remote.RunGitAsync(
            [
                "-c", "user.name=Grace Hopper", "-c", "user.email=grace@example.test", "commit", "--quiet",
                "--author=Ada Lovelace <ada@example.test>", "--date=2026-03-02T09:30:15+05:30", "-m", "Subject line",
            ],
            cancellation);
        await Scenario.Remote.PushAsync(cancellation);
        var gitLog = (await Scenario.Remote.RunGitAsync(["log", "-1", "--format=%H%n%cI"], cancellation)).Split('\n');
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        var commit = reader.ReadCommit(gitLog[0], cancellation).Commit;

        Assert.Equal(new CommitSignature("Ada Lovelace", "ada@example.test", Monday), commit.Author);
        Assert.Equal(("Grace Hopper", "grace@example.test"), (commit.Committer.Name, commit.Committer.Email));
        Assert.Equal(gitLog[1], commit.Committer.When.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromHours(5.5), commit.Author.When.Offset);
        Assert.Equal("Subject line\n", commit.Message);
    }

    private async Task CreateAsync() => scenario = await SourceScenario.CreateAsync(cancellation);
}
