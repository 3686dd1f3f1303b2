using GitOpsGateway.Audit.Queries;
using GitOpsGateway.Audit.References;
using GitOpsGateway.Audit.Resources;
using Marten;

namespace GitOpsGateway.Benchmarks.Audit;

/// <summary>
/// The timed questions, each on a subject drawn at random from what was seeded. Samples alternate between
/// oldest first, newest first, and a time window starting at a random moment; every page holds 50 items.
/// </summary>
internal sealed class AuditQuerySamples(IDocumentStore store, AuditSeeder seeder)
{
    private readonly Random random = new(7);

    public IEnumerable<(string Name, Func<int, Task<int>> Query)> All(CancellationToken cancellationToken)
    {
        yield return ("1. history of one route", sample => PageAsync(sample, (session, window, page) =>
            AuditQueries.ResourceHistoryAsync(session, RandomRoute(), window, page, cancellationToken)));
        yield return ("2a. history of a backend Service (both views)", sample => PageAsync(sample, (session, window, page) =>
            AuditQueries.ReferenceHistoryAsync(session, RandomBackend(), null, window, page, cancellationToken)));
        yield return ("2b. history of the Service all sources share", sample => PageAsync(sample, (session, window, page) =>
            AuditQueries.ReferenceHistoryAsync(session, ReferenceSubject.Backend("shared", "cache"), null, window, page, cancellationToken)));
        yield return ("2c. history of a hostname (served)", sample => PageAsync(sample, (session, window, page) =>
            AuditQueries.ReferenceHistoryAsync(session, ReferenceSubject.Hostname(RandomSource().Routes[random.Next(RandomSource().Routes.Count)].Hostname), ReferenceView.Served, window, page, cancellationToken)));
        yield return ("2d. history of a path (declared)", sample => PageAsync(sample, (session, window, page) =>
            AuditQueries.ReferenceHistoryAsync(session, ReferenceSubject.Path(RandomSource().Routes[random.Next(RandomSource().Routes.Count)].Path), ReferenceView.Declared, window, page, cancellationToken)));
        yield return ("3a. diff of consecutive versions", async _ =>
        {
            var to = 2 + random.NextInt64(seeder.Versions - 1);
            await using var session = store.QuerySession();
            return (await AuditQueries.VersionDiffAsync(session, to - 1, to, null, null, cancellationToken))!.Changes.Items.Count;
        });
        yield return ("3b. diff of versions 100 apart (all sources)", async _ =>
        {
            var to = 101 + random.NextInt64(seeder.Versions - 100);
            await using var session = store.QuerySession();
            return (await AuditQueries.VersionDiffAsync(session, to - 100, to, null, null, cancellationToken))!.Changes.Items.Count;
        });
        yield return ("4a. convergence of one version", async _ =>
        {
            await using var session = store.QuerySession();
            return (await AuditQueries.VersionConvergenceAsync(session, 1 + random.NextInt64(seeder.Versions), null, cancellationToken)).Nodes.Items.Count;
        });
        yield return ("4b. versions one node ran (newest first)", async _ =>
        {
            await using var session = store.QuerySession();
            var page = await AuditQueries.NodeHistoryAsync(session, RandomSource().Gateway, "node-0", new PageRequest { NewestFirst = true }, cancellationToken);
            return page.Items.Count;
        });
        yield return ("5. command journal of one source", sample => PageAsync(sample, (session, window, page) =>
            AuditQueries.CommandJournalAsync(session, sample % 2 == 0 ? null : RandomSource().Name, window, page, cancellationToken)));
    }

    public IQueryable<ResourceChangeRecord> ResourceHistoryQuery(IQuerySession session)
    {
        var key = RandomRoute().Key;
        return session.Query<ResourceChangeRecord>()
            .Where(record => record.ResourceKey == key)
            .OrderByDescending(record => record.RecordedAt).ThenByDescending(record => record.Id)
            .Take(51);
    }

    /// <summary>What <see cref="AuditQueries.ReferenceHistoryAsync"/> asks for the shared Service with a time window.</summary>
    public IQueryable<ReferenceChangeRecord> SharedBackendHistoryQuery(IQuerySession session)
    {
        var key = ReferenceSubject.Backend("shared", "cache").Key;
        var since = RandomTime();
        return session.Query<ReferenceChangeRecord>()
            .Where(record => record.Subject == key && record.RecordedAt >= since)
            .OrderBy(record => record.RecordedAt).ThenBy(record => record.Sequence).ThenBy(record => record.Ordinal)
            .Take(51);
    }

    private async Task<int> PageAsync<T>(int sample, Func<IQuerySession, TimeWindow?, PageRequest, Task<Page<T>>> query)
    {
        var window = sample % 3 == 2 ? new TimeWindow(Since: RandomTime()) : null;
        var page = new PageRequest { NewestFirst = sample % 3 == 1 };
        await using var session = store.QuerySession();
        return (await query(session, window, page)).Items.Count;
    }

    private SyntheticSource RandomSource() => seeder.Sources[random.Next(seeder.Sources.Count)];

    private ResourceRef RandomRoute()
    {
        var source = RandomSource();
        return new ResourceRef("HTTPRoute", source.Name, source.Routes[random.Next(source.Routes.Count)].Name);
    }

    private ReferenceSubject RandomBackend()
    {
        var source = RandomSource();
        return ReferenceSubject.Backend(source.Name, source.Services[random.Next(source.Services.Count)]);
    }

    private DateTimeOffset RandomTime() =>
        AuditSeeder.Start + TimeSpan.FromSeconds(random.NextDouble() * (seeder.End - AuditSeeder.Start).TotalSeconds);
}
