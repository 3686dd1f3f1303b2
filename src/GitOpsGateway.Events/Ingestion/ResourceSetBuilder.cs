using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Events.Ingestion;

/// <summary>
/// Rebuilds the compiler's input from stored objects: each manifest is loaded again through the same loader, then
/// given the generation, creation time and location the event store knows. Ingestion and replay both go through
/// here, so a version rebuilt from events compiles exactly like the one published at ingestion.
/// </summary>
public static class ResourceSetBuilder
{
    public static ResourceSet Build(IEnumerable<ResourceSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var byKey = snapshots.ToDictionary(snapshot => snapshot.Key);
        var loaded = ManifestLoader.Default.Load(byKey.Values.OrderBy(snapshot => snapshot.Key).Select(snapshot => new ManifestFile(snapshot.File, snapshot.Manifest)));
        if (loaded.HasErrors || loaded.Resources.Count != byKey.Count)
        {
            var first = loaded.Errors.FirstOrDefault()?.ToString() ?? "an object is missing";
            throw new InvalidOperationException($"Stored manifests no longer load ({first}); the loader changed incompatibly.");
        }

        return loaded.Resources.WithMetadata(resource =>
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
