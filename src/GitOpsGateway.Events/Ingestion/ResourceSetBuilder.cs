using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Events.Ingestion;

/// <summary>
/// Rebuilds the compiler's input from stored objects: each manifest is loaded through the same loader, then given
/// the generation, creation time and location the event store knows. Ingestion and replay both go through here,
/// so a version rebuilt from events compiles exactly like the one published at ingestion.
/// </summary>
public static class ResourceSetBuilder
{
    /// <param name="alreadyLoaded">
    /// A load whose objects may stand in for stored manifests: an object is reused when its document is exactly
    /// the stored manifest (loading a document again reads an equal object), which skips parsing every unchanged
    /// object of a commit twice. Redacted Secrets never match, so they are always read from what was stored.
    /// </param>
    public static ResourceSet Build(IEnumerable<ResourceSnapshot> snapshots, LoadResult? alreadyLoaded = null)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var byKey = snapshots.ToDictionary(snapshot => snapshot.Key);
        var reused = new List<KubernetesResource>();
        var toLoad = new List<ManifestFile>();
        foreach (var snapshot in byKey.Values.OrderBy(snapshot => snapshot.Key))
        {
            if (alreadyLoaded is not null
                && alreadyLoaded.Documents.TryGetValue(snapshot.Key, out var document)
                && string.Equals(document, snapshot.Manifest, StringComparison.Ordinal))
            {
                reused.Add(alreadyLoaded.Resources.Find(snapshot.Key)!);
            }
            else
            {
                toLoad.Add(new ManifestFile(snapshot.File, snapshot.Manifest));
            }
        }

        var loaded = ManifestLoader.Default.Load(toLoad);
        if (loaded.HasErrors || loaded.Resources.Count != toLoad.Count)
        {
            var first = loaded.Errors.FirstOrDefault()?.ToString() ?? "an object is missing";
            throw new InvalidOperationException($"Stored manifests no longer load ({first}); the loader changed incompatibly.");
        }

        return ResourceSet.Create(reused.Concat(loaded.Resources.All)).WithMetadata(resource =>
        {
            var snapshot = byKey[resource.Key];
            return resource.Metadata with
            {
                Generation = snapshot.Generation,
                CreationTimestamp = snapshot.CreatedAt,
                Location = new SourceLocation(snapshot.File, 0, snapshot.Line, 1),
            };
        });
    }
}
