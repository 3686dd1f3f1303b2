using System.Diagnostics;
using GitOpsGateway.Benchmarks.Synthetic;
using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.Sources;
using GitOpsGateway.Sources.Git;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;
using GitOpsGateway.Translation;
using JasperFx;
using Marten;

namespace GitOpsGateway.Benchmarks.Ingestion;

/// <summary>
/// One measured run against a fresh database and a fresh local clone, as a control plane meets a new source: the
/// remote already holds the repository; the clock starts when the push is done and stops when the transaction
/// holding the commit's events and its published version is committed. Then one route changes and is pushed.
/// Every outcome is checked, so a run that silently ingested less fails instead of looking fast.
/// </summary>
internal sealed class IngestionRun(GitRemoteRepository remote, SyntheticRepository repository)
{
    private const string SourceName = "bench";

    private readonly SourceDefinition source = new() { Name = SourceName, Repository = remote.BarePath };

    public async Task<RunResult> MeasureAsync(CancellationToken cancellationToken)
    {
        await using var database = await PostgresDatabase.CreateAsync(cancellationToken);
        await using var store = DocumentStore.For(options =>
        {
            options.Connection(database.ConnectionString);
            options.AutoCreateSchemaObjects = AutoCreate.All;
            options.AddGitOpsGatewayEvents();
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var clone = Directory.CreateTempSubdirectory("gitops-gateway-bench-clone-");
        try
        {
            using var reader = new GitSourceReader(source, clone.FullName);
            var ingestor = new CommitIngestor();
            var (initial, firstCommit) = await IngestTipAsync(reader, store, ingestor, null, repository.ObjectCount, 1, cancellationToken);

            var changed = repository with { ChangedRoute = repository.Routes / 2 };
            var index = changed.ChangedRoute!.Value;
            remote.WriteFile(changed.RouteFilePath(index), changed.RouteYaml(index));
            await remote.CommitAsync("one route changes its backend", cancellationToken: cancellationToken);
            await remote.PushAsync(cancellationToken);
            var (oneChange, _) = await IngestTipAsync(reader, store, ingestor, firstCommit.Sha, 1, 2, cancellationToken);

            var (loadAlone, compileAlone) = TimeLoadAndCompile(firstCommit);
            return new RunResult(initial, oneChange, loadAlone, compileAlone);
        }
        finally
        {
            clone.Delete(recursive: true);
        }
    }

    private async Task<(StepTimes Times, SourceCommit Commit)> IngestTipAsync(
        GitSourceReader reader,
        IDocumentStore store,
        CommitIngestor ingestor,
        string? lastIngested,
        int expectedResourceEvents,
        long expectedVersion,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var tip = await reader.FetchAsync(cancellationToken);
        var fetched = clock.Elapsed;

        var pending = reader.FindNewCommits(lastIngested, max: 1);
        if (pending.Shas is not [var sha] || sha != tip)
        {
            throw new InvalidOperationException($"Expected the tip {tip} as the only new commit, got [{string.Join(", ", pending.Shas)}].");
        }

        var commit = reader.ReadCommit(sha, cancellationToken).Commit;
        var read = clock.Elapsed;
        var outcomes = await ingestor.IngestAsync(store, source, new IngestBatch([commit], pending.ForcePushFrom), cancellationToken);
        var ingested = clock.Elapsed;

        var outcome = outcomes.Single();
        if (!outcome.Appended || outcome.ResourceEvents != expectedResourceEvents || outcome.Rejections != 0 || outcome.Version?.Number != expectedVersion)
        {
            throw new InvalidOperationException(
                $"Commit {sha[..7]}: appended {outcome.Appended}, {outcome.ResourceEvents} resource events (expected {expectedResourceEvents}), "
                + $"{outcome.Rejections} rejections, version {outcome.Version?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} (expected {expectedVersion}).");
        }

        return (new StepTimes(fetched, read - fetched, ingested - read), commit);
    }

    private static (TimeSpan Load, TimeSpan Compile) TimeLoadAndCompile(SourceCommit commit)
    {
        var clock = Stopwatch.StartNew();
        var loaded = ManifestLoader.Default.Load(commit.Files);
        var load = clock.Elapsed;
        _ = Translator.Translate(loaded.Resources);
        return (load, clock.Elapsed - load);
    }
}
