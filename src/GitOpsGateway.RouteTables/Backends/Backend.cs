using System.Text.Json.Serialization;

namespace GitOpsGateway.RouteTables.Backends;

/// <summary>
/// One weighted backendRef of a rule. The node splits traffic by weight across all backends of the rule,
/// including invalid ones: the share of an invalid backend is answered with 500, as the Gateway API requires.
/// Weight 0 is kept (never chosen) so that diffs show it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ClusterBackend), "Cluster")]
[JsonDerivedType(typeof(InvalidBackend), "Invalid")]
public abstract record Backend
{
    // Written first, before the properties of the derived kinds.
    [JsonPropertyOrder(-1)]
    public required int Weight { get; init; }
}
