using GitOpsGateway.Events;
using GitOpsGateway.Events.Storage;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Audit.Commits;

/// <summary>Keeps an <see cref="AuditCommit"/> per ingested commit, and links it to the version it published.</summary>
internal sealed class CommitProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var commits = new Dictionary<string, AuditCommit>(StringComparer.Ordinal);
        foreach (var @event in events)
        {
            switch (@event.Data)
            {
                case CommitIngested ingested when EventStreams.SourceOf(@event.StreamKey) is { } source:
                    var commit = new AuditCommit
                    {
                        Id = AuditCommit.IdFor(source, ingested.Sha),
                        Source = source,
                        Sha = ingested.Sha,
                        Author = ingested.Author,
                        Committer = ingested.Committer,
                        Message = ingested.Message,
                        RecordedAt = @event.Timestamp,
                    };
                    commits[commit.Id] = commit;
                    operations.Store(commit);
                    break;
                case RouteTableVersionPublished { Provenance.CommitSha: { } sha } published:
                    var id = AuditCommit.IdFor(published.Provenance.Source, sha);
                    var publishing = commits.GetValueOrDefault(id) ?? await operations.LoadAsync<AuditCommit>(id, cancellation);
                    if (publishing is not null)
                    {
                        commits[id] = publishing with { VersionNumber = published.Number };
                        operations.Store(commits[id]);
                    }

                    break;
            }
        }
    }
}
