using System.Collections;
using System.Reflection;
using GitOpsGateway.Testing.Git;
using LibGit2Sharp;

namespace GitOpsGateway.Sources.Git.Tests;

public sealed class LocalMirrorTests : IDisposable
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private SourceScenario? scenario;

    private SourceScenario Scenario => scenario ?? throw new InvalidOperationException("Create it first.");

    public void Dispose() => scenario?.Dispose();

    /// <summary>
    /// LibGit2Sharp's Repository pushes every Remote and commit walk onto a private cleanup list emptied only when it
    /// is disposed; the soak found one per fetch piling up in a control plane that kept its clone open.
    /// </summary>
    [Fact]
    public async Task what_the_clone_holds_on_to_does_not_grow_with_the_number_of_fetches()
    {
        scenario = await SourceScenario.CreateAsync(cancellation);
        using var mirror = new LocalMirror(Scenario.WorkingDirectory, GitRemoteRepository.MainBranch);
        var held = new List<int>();
        string? last = null;
        for (var index = 0; index < 12; index++)
        {
            await Scenario.CommitAndPushAsync($"change {index}", cancellation, ("a.yaml", $"n: {index}\n"));
            mirror.OpenOrCreate(Scenario.Remote.BarePath);
            mirror.Fetch(new FetchOptions { TagFetchMode = TagFetchMode.None, Prune = true });
            var tip = mirror.Tip()!;
            var pending = FirstParentHistory.Select(mirror.TryOpen()!, tip, last, 100);
            Assert.Equal(tip.Sha, pending.Shas[^1]);
            last = tip.Sha;
            held.Add(CleanupListLength(mirror.TryOpen()!));
        }

        Assert.Equal(held[1], held[^1]);
    }

    private static int CleanupListLength(Repository repository)
    {
        var field = typeof(Repository).GetField("toCleanup", BindingFlags.NonPublic | BindingFlags.Instance);
        Assert.NotNull(field);
        return ((ICollection)field.GetValue(repository)!).Count;
    }
}
