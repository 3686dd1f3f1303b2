using System.Text.Json;

namespace GitOpsGateway.Audit.Resources;

/// <summary>
/// Git has no renames of Kubernetes objects, only a deletion and a creation in one commit. This pairs them when
/// they read as one object renamed: same kind, and either the same content apart from <c>metadata</c>, or the
/// only deletion and the only creation of that kind in one file. Pure.
/// </summary>
internal static class RenameDetector
{
    /// <returns>Deleted object → created object it was renamed to.</returns>
    public static IReadOnlyDictionary<ResourceRef, ResourceRef> Pair(IReadOnlyList<RenameCandidate> deleted, IReadOnlyList<RenameCandidate> created)
    {
        var pairs = new Dictionary<ResourceRef, ResourceRef>();
        var openCreated = created.ToList();
        foreach (var gone in deleted)
        {
            var twin = openCreated.FirstOrDefault(candidate =>
                candidate.Resource.Kind == gone.Resource.Kind && SameContent(gone.Manifest, candidate.Manifest));
            if (twin is not null)
            {
                pairs[gone.Resource] = twin.Resource;
                openCreated.Remove(twin);
            }
        }

        var openDeleted = deleted.Where(gone => !pairs.ContainsKey(gone.Resource)).ToList();
        foreach (var group in openDeleted.GroupBy(gone => (gone.Resource.Kind, gone.File)))
        {
            var sameFile = openCreated.Where(candidate => (candidate.Resource.Kind, candidate.File) == group.Key).ToList();
            if (group.Count() == 1 && sameFile.Count == 1)
            {
                pairs[group.Single().Resource] = sameFile[0].Resource;
            }
        }

        return pairs;
    }

    private static bool SameContent(string? before, string? after)
    {
        if (before is null || after is null)
        {
            return false;
        }

        using var old = JsonDocument.Parse(before);
        using var current = JsonDocument.Parse(after);
        var oldProperties = old.RootElement.EnumerateObject().Where(property => property.Name != "metadata").ToList();
        var currentProperties = current.RootElement.EnumerateObject().Where(property => property.Name != "metadata").ToList();
        return oldProperties.Count == currentProperties.Count
            && oldProperties.All(property => current.RootElement.TryGetProperty(property.Name, out var value) && JsonElement.DeepEquals(property.Value, value));
    }
}
