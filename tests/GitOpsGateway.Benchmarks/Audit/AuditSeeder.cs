using System.Diagnostics;
using GitOpsGateway.Audit.Nodes;
using GitOpsGateway.Events;
using GitOpsGateway.Events.Storage;
using Marten;

namespace GitOpsGateway.Benchmarks.Audit;

/// <summary>
/// Seeds the store through Marten's ordinary appends (Rich mode, so every inline projection of ingestion and of
/// the audit runs on every event, exactly as in production), many commits per transaction instead of one: that
/// is the only liberty taken. Commits of the sources take turns, 20 s apart; every version is applied by each
/// node of its Gateway a second later; every 1,000th commit is followed by a pin, unpin or rollback request.
/// </summary>
internal sealed class AuditSeeder(AuditOptions options, TextWriter output)
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<SyntheticSource> Sources { get; private set; } = [];

    public long Versions { get; private set; }

    public DateTimeOffset End { get; private set; } = Start;

    public async Task<long> SeedAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var random = new Random(42);
        var sources = Enumerable.Range(0, options.Sources).Select(index => new SyntheticSource(index, options.RoutesPerSource)).ToList();
        Sources = sources;
        var lastVersionOfGateway = new Dictionary<string, long>(StringComparer.Ordinal);
        var clock = Start;
        var events = 0L;
        var commits = 0;
        var watch = Stopwatch.StartNew();
        while (events < options.Events)
        {
            await using var session = store.LightweightSession();
            for (var index = 0; index < options.CommitsPerBatch && events < options.Events; index++, commits++)
            {
                var source = sources[commits % sources.Count];
                var commit = source.Next(random);
                clock = clock.AddSeconds(20);
                var metadata = EventProvenance.ForCommit(source.Name, commit.Sha, $"{commit.Author.Name} <{commit.Author.Email}>", clock);
                var appended = new List<object> { Ingested(commit) };
                appended.AddRange(commit.ResourceEvents);
                Append(session, EventStreams.ForSource(source.Name), appended, metadata);
                events += appended.Count;
                if (commit.ChangesTables)
                {
                    var published = source.Publish(++Versions, commit);
                    Append(session, EventStreams.RouteTableVersions, [published], metadata);
                    events += 1 + Report(session, source, published, lastVersionOfGateway, clock.AddSeconds(1));
                }

                if (commits % 1000 == 999)
                {
                    events += Command(session, source, commits, clock.AddSeconds(2));
                }
            }

            await session.SaveChangesAsync(cancellationToken);
            foreach (var source in sources)
            {
                source.BatchSaved();
            }

            if (commits % (options.CommitsPerBatch * 50) == 0)
            {
                output.WriteLine($"  seeded {events:N0} events ({commits:N0} commits, {Versions:N0} versions) in {watch.Elapsed.TotalSeconds:N0} s");
            }
        }

        End = clock;
        output.WriteLine($"seeded {events:N0} events: {commits:N0} commits, {Versions:N0} versions, in {watch.Elapsed.TotalSeconds:N0} s ({events / watch.Elapsed.TotalSeconds:N0} events/s)");
        return events;
    }

    private static void Append(IDocumentSession session, string stream, IReadOnlyList<object> events, EventProvenance metadata)
    {
        // Appending to a stream again in one session extends the same action: stamp only what this call added.
        var action = session.Events.Append(stream, events);
        metadata.StampOn(action.Events.TakeLast(events.Count));
    }

    private int Report(IDocumentSession session, SyntheticSource source, RouteTableVersionPublished published, Dictionary<string, long> last, DateTimeOffset at)
    {
        var previous = last.TryGetValue(source.Gateway, out var version) ? version : (long?)null;
        last[source.Gateway] = published.Number;
        for (var node = 0; node < options.NodesPerGateway; node++)
        {
            var name = $"node-{node}";
            var action = session.Events.Append(NodeReported.StreamFor(source.Gateway, name), new NodeReported
            {
                Node = name,
                Gateway = source.Gateway,
                Version = published.Number,
                Hash = source.LastTableHash,
                AppliedAt = at,
                AttemptedVersion = published.Number,
                ReceivedAt = at,
                PreviousVersion = previous,
            });
            action.Events[^1].Timestamp = at;
        }

        return options.NodesPerGateway;
    }

    private int Command(IDocumentSession session, SyntheticSource source, int commit, DateTimeOffset at)
    {
        var id = $"command-{commit}";
        object command = (commit / 1000 % 3) switch
        {
            0 => new VersionPinned { CommandId = id, Source = source.Name, Gateway = source.Gateway, Version = Versions, Actor = "ada", Reason = "freeze" },
            1 => new VersionUnpinned { CommandId = id, Source = source.Name, Gateway = source.Gateway, Actor = "ada", Reason = "thaw" },
            _ => new RollbackRequested { CommandId = id, Source = source.Name, Target = new RollbackTarget { Version = Math.Max(1, Versions - 10) }, Actor = "grace", Reason = "bad change" },
        };
        var action = session.Events.Append("commands", command);
        action.Events[^1].Timestamp = at;
        return 1;
    }

    private static CommitIngested Ingested(SyntheticCommit commit) => new()
    {
        Sha = commit.Sha,
        ParentShas = [],
        Author = commit.Author,
        Committer = commit.Author,
        Message = commit.Message,
    };
}
