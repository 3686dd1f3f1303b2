using GitOpsGateway.Events;
using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.GatewayApi;
using JasperFx.Events;
using Marten;

namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>
/// Rebuilds a source's objects at an earlier point by folding its stream's resource events, so a rollback needs
/// nothing but the event store (Git may be unreachable). A commit's events follow its <see cref="CommitIngested"/>,
/// so "after commit X" cuts the stream between commits.
/// </summary>
internal static class SourceReplay
{
    public const int MinimumShaPrefix = 7;

    /// <returns>The objects right after the newest ingestion of the commit, or null when it was never ingested.</returns>
    public static async Task<IReadOnlyList<ResourceSnapshot>?> AfterCommitAsync(
        IQuerySession session, string source, string commitSha, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(EventStreams.ForSource(source), token: cancellationToken);
        // A commit recorded as failed changed nothing: the objects after it are those before it.
        var start = events.ToList().FindLastIndex(@event =>
            (@event.Data is CommitIngested commit && Matches(commit.Sha, commitSha)) || (@event.Data is CommitFailed failed && Matches(failed.Sha, commitSha)));
        if (start < 0)
        {
            return null;
        }

        var end = events.ToList().FindIndex(start + 1, @event => @event.Data is CommitIngested or CommitFailed or ForcePushDetected);
        return Fold(events.Take(end < 0 ? events.Count : end));
    }

    private static bool Matches(string sha, string requested) =>
        requested.Length >= MinimumShaPrefix && sha.StartsWith(requested, StringComparison.OrdinalIgnoreCase);

    private static List<ResourceSnapshot> Fold(IEnumerable<IEvent> events)
    {
        var objects = new Dictionary<ResourceKey, ResourceSnapshot>();
        foreach (var @event in events)
        {
            switch (@event.Data)
            {
                case ResourceCreated created:
                    var key = Key(created.Kind, created.Namespace, created.Name);
                    objects[key] = new ResourceSnapshot
                    {
                        Key = key,
                        Manifest = created.Manifest,
                        Generation = created.Generation,
                        CreatedAt = @event.Timestamp,
                        File = created.File,
                        Line = created.Line,
                    };
                    break;
                case ResourceChanged changed:
                    var changedKey = Key(changed.Kind, changed.Namespace, changed.Name);
                    objects[changedKey] = objects[changedKey] with
                    {
                        Manifest = changed.Manifest,
                        Generation = changed.Generation,
                        File = changed.File,
                        Line = changed.Line,
                    };
                    break;
                case ResourceDeleted deleted:
                    objects.Remove(Key(deleted.Kind, deleted.Namespace, deleted.Name));
                    break;
            }
        }

        return [.. objects.Values];
    }

    private static ResourceKey Key(string kind, string @namespace, string name) =>
        ResourceKinds.TryParse(kind, out var parsed)
            ? new ResourceKey(parsed, @namespace, name)
            : throw new InvalidOperationException($"The stored kind '{kind}' is not one GitOps Gateway reads.");
}
