using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Events;
using GitOpsGateway.Testing.Manifests;
using GitOpsGateway.Testing.Postgres;

namespace GitOpsGateway.ControlPlane.Tests.Watching;

/// <summary>Issue 11 against the real control plane: hostile and poisoned commits never block the next one.</summary>
public sealed class PoisonedCommitTests
{
    [Fact]
    public async Task an_alias_bomb_and_a_commit_the_database_refuses_do_not_block_the_good_commit_after_them()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        var first = await scenario.Remote.PushValidRepositoryAsync();
        await controlPlane.WaitForIngestedAsync(first);
        await CommitRefusal.InstallAsync(scenario.Database, TestContext.Current.CancellationToken);

        var bomb = await scenario.Remote.PushAsync("Add an alias bomb", new Dictionary<string, string> { ["bomb.yaml"] = AliasBomb() });
        var poisoned = await scenario.Remote.PushAsync(Poisoned, new Dictionary<string, string> { ["notes.yaml"] = Notes });

        // While the poisoned commit is retried, the source says why, and nothing after it is ingested.
        await Eventually.WaitForAsync(
            async () => await controlPlane.SourceAsync() is var source
                && ((string?)source["lastError"])?.Contains(Refused, StringComparison.Ordinal) == true
                && source["failedCommits"]?.AsArray() is [{ } retried, ..] && (string?)retried["sha"] == poisoned && (bool?)retried["skipped"] == false,
            "the poisoned commit's failure to be reported while it is retried");

        var fix = await scenario.Remote.PushAsync("Route /fixed", new Dictionary<string, string>
        {
            ["route.yaml"] = ShopManifests.Route(path: "/fixed"),
        });
        await controlPlane.WaitForIngestedAsync(fix, TimeSpan.FromSeconds(90));

        // The sync that ingested it clears the error once it ends.
        await Eventually.WaitForAsync(async () => (await controlPlane.SourceAsync())["lastError"] is null, "the last error to be cleared");
        Assert.False(controlPlane.Process.HasExited);
        var source = await controlPlane.SourceAsync();
        Assert.Equal(1, (long?)source["failedCount"]);
        var skipped = Assert.Single(source["failedCommits"]!.AsArray())!;
        Assert.Equal((poisoned, true, 3), ((string?)skipped["sha"], (bool?)skipped["skipped"], (int?)skipped["attempts"]));
        Assert.Contains(Refused, (string?)skipped["reason"], StringComparison.Ordinal);

        var version = await controlPlane.GetJsonAsync(string.Create(CultureInfo.InvariantCulture, $"/api/v1/versions/{(long)source["lastVersionNumber"]!}"));
        Assert.Equal(fix, (string?)version["provenance"]!["commitSha"]);
        Assert.Contains("/fixed", version["tables"]!.ToJsonString(), StringComparison.Ordinal);

        var status = await controlPlane.GetJsonAsync("/api/v1/status");
        Assert.Contains($"skipped 1 failed commit, newest {poisoned[..7]}", (string?)status["sources"]![0]!["summary"], StringComparison.Ordinal);

        var stream = await scenario.Events.SourceStreamAsync();
        // Every commit that still holds the file records its rejection again.
        var rejections = stream.Select(@event => @event.Data).OfType<ManifestRejected>().Where(rejected => rejected.File.EndsWith("bomb.yaml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rejections);
        Assert.All(rejections, rejection => Assert.Contains("expands to more than", rejection.Message, StringComparison.Ordinal));
        Assert.Equal([first, bomb, fix], await scenario.Events.IngestedShasAsync());
        Assert.Equal(poisoned, Assert.Single(stream.Select(@event => @event.Data).OfType<CommitFailed>()).Sha);
    }

    [Fact]
    public async Task a_commit_the_database_refuses_keeps_the_sources_last_error_until_a_sync_succeeds()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        var first = await scenario.Remote.PushValidRepositoryAsync();
        await controlPlane.WaitForIngestedAsync(first);
        await CommitRefusal.InstallAsync(scenario.Database, TestContext.Current.CancellationToken);

        await scenario.Remote.PushAsync(Poisoned, new Dictionary<string, string> { ["notes.yaml"] = Notes });

        // Every later sync fetches again before it fails again: the error must not read null in between.
        var seen = new List<string?>();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTimeOffset.UtcNow < deadline && (await controlPlane.SourceAsync() is var source) && !((long?)source["failedCount"] >= 1))
        {
            // From the second attempt on, an error is standing when the sync starts: the first attempt's.
            if (source["failedCommits"]?.AsArray() is [{ } retried, ..] && (bool?)retried["skipped"] == false && (int?)retried["attempts"] >= 2)
            {
                seen.Add((string?)source["lastError"]);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TestContext.Current.CancellationToken);
        }

        Assert.NotEmpty(seen);
        Assert.All(seen, error => Assert.Contains("could not be ingested", error, StringComparison.Ordinal));
    }

    /// <summary>
    /// The message of a commit the database refuses on every attempt (<see cref="CommitRefusal"/>): since stored
    /// strings replace U+0000, no manifest makes PostgreSQL refuse a commit any more, but the operator's database
    /// still can, as can a bug.
    /// </summary>
    private const string Poisoned = "Add notes " + CommitRefusal.Marker;

    private const string Refused = "PostgreSQL " + CommitRefusal.SqlState;

    private const string Notes = "apiVersion: v1\nkind: Service\nmetadata:\n  name: notes\n  namespace: shop\nspec:\n  ports: [{port: 80}]\n";

    /// <summary>The hostile file of issue 11: one 1 MiB string anchored once and aliased from 170 annotations.</summary>
    private static string AliasBomb()
    {
        var text = new StringBuilder("apiVersion: v1\nkind: Service\nmetadata:\n  name: bomb\n  namespace: shop\n  annotations:\n");
        text.Append("    a0: &a ").Append('x', 1024 * 1024).Append('\n');
        for (var i = 1; i <= 170; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    a{i}: *a\n");
        }

        return text.Append("spec:\n  ports:\n  - port: 80\n").ToString();
    }
}
