using GitOpsGateway.Events;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Storage;
using Marten;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>Finds the <see cref="CommitIngested"/> event behind a version's provenance: one document load and one event read.</summary>
internal static class CommitLookup
{
    public static async Task<CommitIngested?> FindAsync(IQuerySession session, VersionProvenance provenance, CancellationToken cancellationToken)
    {
        if (provenance.CommitSha is not { } sha)
        {
            return null;
        }

        var ingested = await session.LoadAsync<IngestedCommit>(IngestedCommit.IdFor(provenance.Source, sha), cancellationToken);
        if (ingested is null)
        {
            return null;
        }

        var events = await session.Events.FetchStreamAsync(
            EventStreams.ForSource(provenance.Source), version: ingested.StreamVersion, fromVersion: ingested.StreamVersion, token: cancellationToken);
        return events.Select(@event => @event.Data).OfType<CommitIngested>().FirstOrDefault();
    }
}
