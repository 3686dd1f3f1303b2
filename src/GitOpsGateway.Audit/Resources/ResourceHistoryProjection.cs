using GitOpsGateway.Audit.Diffing;
using GitOpsGateway.Audit.References;
using GitOpsGateway.Events.Projections;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Audit.Resources;

/// <summary>
/// From resource events: a <see cref="ResourceChangeRecord"/> per change (with its manifest diff and renames
/// paired within a commit), the declared-view <see cref="ReferenceChangeRecord"/>s of routes, and the
/// <see cref="ResourceHead"/> each next diff starts from.
/// </summary>
internal sealed class ResourceHistoryProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var changes = events.Select(ResourceEventInBatch.From).OfType<ResourceEventInBatch>().ToList();
        if (changes.Count == 0)
        {
            return;
        }

        var loaded = await operations.LoadManyAsync<ResourceHead>(cancellation, changes.Select(change => change.HeadId).Distinct(StringComparer.Ordinal));
        var heads = loaded.ToDictionary(head => head.Id, head => (ResourceHead?)head, StringComparer.Ordinal);
        foreach (var commit in ByCommit(changes))
        {
            ApplyCommit(operations, commit, heads);
        }
    }

    /// <summary>
    /// The events of each commit, in order of first appearance. A commit's events are one transaction but may
    /// interleave with another source's in sequence order; a commit applied again after a force-push shows an
    /// object twice, and starts a new group.
    /// </summary>
    private static List<List<ResourceEventInBatch>> ByCommit(IEnumerable<ResourceEventInBatch> changes)
    {
        var groups = new List<List<ResourceEventInBatch>>();
        var open = new Dictionary<(string Source, string? Sha), List<ResourceEventInBatch>>();
        foreach (var change in changes)
        {
            var key = (change.Source, change.CommitSha);
            if (!open.TryGetValue(key, out var group) || group.Any(member => member.Resource == change.Resource))
            {
                group = [];
                open[key] = group;
                groups.Add(group);
            }

            group.Add(change);
        }

        return groups;
    }

    private static void ApplyCommit(IDocumentOperations operations, IReadOnlyList<ResourceEventInBatch> commit, Dictionary<string, ResourceHead?> heads)
    {
        var before = commit.ToDictionary(change => change.Resource, change => heads.GetValueOrDefault(change.HeadId)?.Manifest);
        var renames = RenameDetector.Pair(
            commit.Where(change => change.Change == ResourceChangeType.Deleted).Select(change => new RenameCandidate(change.Resource, before[change.Resource], change.File)).ToList(),
            commit.Where(change => change.Change == ResourceChangeType.Created).Select(change => new RenameCandidate(change.Resource, change.Manifest, change.File)).ToList());
        var renamedFrom = renames.ToDictionary(pair => pair.Value, pair => pair.Key);

        foreach (var change in commit)
        {
            var previous = change.Change == ResourceChangeType.Created ? null : before[change.Resource];
            var source = renamedFrom.GetValueOrDefault(change.Resource);
            var baseline = source is null ? previous : before[source];
            var diff = ManifestDiff.Compare(baseline, change.Manifest);
            operations.Store(new ResourceChangeRecord
            {
                Id = change.Event.Sequence,
                ResourceKey = change.Resource.Key,
                Source = change.Source,
                Kind = change.Resource.Kind,
                Namespace = change.Resource.Namespace,
                Name = change.Resource.Name,
                Change = change.Change,
                Generation = change.Generation,
                CommitSha = change.CommitSha,
                Author = change.Author,
                RecordedAt = change.Event.Timestamp,
                File = change.File,
                Line = change.Line,
                Diff = diff.Changes,
                OmittedChanges = diff.Omitted,
                RenamedFrom = source?.Key,
                RenamedTo = renames.GetValueOrDefault(change.Resource)?.Key,
            });

            StoreDeclaredReferences(operations, change, previous);
            UpdateHead(operations, change, heads);
        }
    }

    private static void StoreDeclaredReferences(IDocumentOperations operations, ResourceEventInBatch change, string? previous)
    {
        var facts = ReferenceFactDiff.Compare(DeclaredReferences.From(change.Resource, previous), DeclaredReferences.From(change.Resource, change.Manifest));
        if (facts.Count == 0)
        {
            return;
        }

        var origin = new ReferenceRowOrigin
        {
            Source = change.Source,
            Sequence = change.Event.Sequence,
            RecordedAt = change.Event.Timestamp,
            CommitSha = change.CommitSha,
            Author = change.Author,
        };
        operations.Store(ReferenceChangeRecord.For(ReferenceView.Declared, facts, origin).ToArray());
    }

    private static void UpdateHead(IDocumentOperations operations, ResourceEventInBatch change, Dictionary<string, ResourceHead?> heads)
    {
        if (change.Manifest is null)
        {
            operations.Delete<ResourceHead>(change.HeadId);
            heads[change.HeadId] = null;
            return;
        }

        var head = new ResourceHead { Id = change.HeadId, Manifest = change.Manifest, File = change.File };
        operations.Store(head);
        heads[change.HeadId] = head;
    }
}
