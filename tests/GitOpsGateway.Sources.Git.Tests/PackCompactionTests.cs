namespace GitOpsGateway.Sources.Git.Tests;

public sealed class PackCompactionTests : IDisposable
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private SourceScenario? scenario;

    private SourceScenario Scenario => scenario ?? throw new InvalidOperationException("Create it first.");

    public void Dispose() => scenario?.Dispose();

    [Fact]
    public async Task a_clone_fetched_after_every_push_keeps_a_bounded_number_of_pack_files_and_every_commit_even_one_a_force_push_removed()
    {
        scenario = await SourceScenario.CreateAsync(cancellation);
        var kept = await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "n: 0\n"));
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);
        var removed = await Scenario.CommitAndPushAsync("removed later", cancellation, ("a.yaml", "n: removed\n"));
        await reader.FetchAsync(cancellation);
        await Scenario.Remote.ResetHardAsync(kept, cancellation);
        await Scenario.Remote.ForcePushAsync(cancellation);
        await reader.FetchAsync(cancellation);
        var pushed = new List<string> { kept };
        var mostPacks = 0;
        for (var index = 1; index <= PackCompaction.MaxPackFiles + 2; index++)
        {
            pushed.Add(await Scenario.CommitAndPushAsync($"change {index}", cancellation, ("a.yaml", $"n: {index}\n")));
            Assert.Equal(pushed[^1], await reader.FetchAsync(cancellation));
            mostPacks = Math.Max(mostPacks, PackCompaction.PackFiles(reader.WorkingDirectory).Count);
        }

        Assert.InRange(mostPacks, 1, PackCompaction.MaxPackFiles);
        Assert.InRange(OpenPackFiles(reader.WorkingDirectory), 0, PackCompaction.MaxPackFiles);
        Assert.False(Directory.Exists(Path.Combine(reader.WorkingDirectory, "objects", "compaction")));
        Assert.Equal(["n: removed\n"], reader.ReadCommit(removed, cancellation).Commit.Files.Select(file => file.Text));
        for (var index = 0; index < pushed.Count; index++)
        {
            Assert.Equal([$"n: {index}\n"], reader.ReadCommit(pushed[index], cancellation).Commit.Files.Select(file => file.Text));
        }
    }

    /// <summary>This process's file descriptors open on the clone's pack files (libgit2 keeps one per pack it has read).</summary>
    private static int OpenPackFiles(string gitDirectory)
    {
        var packDirectory = Path.GetFullPath(PackCompaction.PackDirectory(gitDirectory));
        return Directory.EnumerateFileSystemEntries("/proc/self/fd")
            .Select(descriptor => new FileInfo(descriptor).LinkTarget)
            .Count(target => target is not null && target.StartsWith(packDirectory, StringComparison.Ordinal) && target.EndsWith(".pack", StringComparison.Ordinal));
    }
}
