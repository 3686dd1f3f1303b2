using GitOpsGateway.Events.Resilience;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Server;
using JasperFx;
using Marten;
using Marten.Exceptions;

namespace GitOpsGateway.Audit.Nodes;

/// <summary>
/// Node reports kept in PostgreSQL: the latest per node (<see cref="NodeStatusRecord"/>, so every control-plane
/// replica lists the same nodes and a restart loses nothing), and a <see cref="NodeReported"/> event whenever a
/// report says something new, from which <see cref="NodeVersionRun"/>s answer which node ran which version when.
/// Register it as the <see cref="INodeRegistry"/> before <c>AddNodeFeed</c>. While the database is unreachable
/// every call throws <see cref="NodeRegistryUnavailableException"/>, which the feed endpoints answer with 503.
/// </summary>
public sealed class MartenNodeRegistry(IDocumentStore store, TimeProvider? clock = null) : INodeRegistry
{
    /// <summary>Two replicas recording the same node at once: the loser reloads and tries again.</summary>
    private const int Attempts = 3;

    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public async ValueTask RecordAsync(NodeReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stamped = report.ReceivedAt is null ? report with { ReceivedAt = clock.GetUtcNow() } : report;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RecordOnceAsync(stamped, cancellationToken);
                return;
            }
            catch (Exception exception) when (attempt < Attempts && exception is ConcurrencyException or ExistingStreamIdCollisionException)
            {
            }
            catch (Exception exception) when (TransientFailure.IsTransient(exception))
            {
                throw Unavailable(exception);
            }
        }
    }

    public async ValueTask<NodeReport?> FindAsync(string gateway, string node, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = store.QuerySession();
            return (await session.LoadAsync<NodeStatusRecord>(NodeStatusRecord.IdFor(gateway, node), cancellationToken))?.Report;
        }
        catch (Exception exception) when (TransientFailure.IsTransient(exception))
        {
            throw Unavailable(exception);
        }
    }

    public async ValueTask<IReadOnlyList<NodeReport>> ListAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var session = store.QuerySession();
            var records = await session.Query<NodeStatusRecord>().ToListAsync(cancellationToken);
            return [.. records.Select(record => record.Report)];
        }
        catch (Exception exception) when (TransientFailure.IsTransient(exception))
        {
            throw Unavailable(exception);
        }
    }

    private static NodeRegistryUnavailableException Unavailable(Exception exception) =>
        new("the database is unreachable: " + TransientFailure.Describe(exception), exception);

    private async Task RecordOnceAsync(NodeReport report, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var id = NodeStatusRecord.IdFor(report.Gateway, report.Node);
        var previous = (await session.LoadAsync<NodeStatusRecord>(id, cancellationToken))?.Report;
        session.Store(new NodeStatusRecord { Id = id, Report = report });
        if (previous is null || !SameState(previous, report))
        {
            var stream = NodeReported.StreamFor(report.Gateway, report.Node);
            var state = await session.Events.FetchStreamStateAsync(stream, cancellationToken);
            session.Events.Append(stream, (state?.Version ?? 0) + 1, new NodeReported
            {
                Node = report.Node,
                Gateway = report.Gateway,
                Version = report.Version,
                Hash = report.Hash,
                AppliedAt = report.AppliedAt,
                AttemptedVersion = report.AttemptedVersion,
                Errors = report.Errors,
                ReceivedAt = report.ReceivedAt!.Value,
                PreviousVersion = previous?.Version,
            });
        }

        await session.SaveChangesAsync(cancellationToken);
    }

    private static bool SameState(NodeReport previous, NodeReport current) =>
        previous.Version == current.Version
        && string.Equals(previous.Hash, current.Hash, StringComparison.Ordinal)
        && previous.AppliedAt == current.AppliedAt
        && previous.AttemptedVersion == current.AttemptedVersion
        && previous.Errors.SequenceEqual(current.Errors, StringComparer.Ordinal);
}
