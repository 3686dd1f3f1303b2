using GitOpsGateway.Events.Projections;
using GitOpsGateway.GatewayApi;

namespace GitOpsGateway.Events.Ingestion;

/// <summary>An object of a source at one point of its history: what the compiler needs to rebuild it.</summary>
public sealed record ResourceSnapshot
{
    public required ResourceKey Key { get; init; }

    /// <summary>Canonical JSON, Secret values redacted.</summary>
    public required string Manifest { get; init; }

    public required long Generation { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }

    public static ResourceSnapshot From(CurrentResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (!ResourceKinds.TryParse(resource.Kind, out var kind))
        {
            throw new InvalidOperationException($"The stored kind '{resource.Kind}' of {resource.Id} is not one GitOps Gateway reads.");
        }

        return new ResourceSnapshot
        {
            Key = new ResourceKey(kind, resource.Namespace, resource.Name),
            Manifest = resource.Manifest,
            Generation = resource.Generation,
            CreatedAt = resource.CreatedAt,
            File = resource.File,
            Line = resource.Line,
        };
    }
}
