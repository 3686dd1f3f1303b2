namespace GitOpsGateway.GatewayApi;

/// <summary>
/// The metadata the product uses. <see cref="Location"/> is provenance, not content: it is left out of
/// equality so that moving an object to another file or line is not a change.
/// </summary>
public sealed record ObjectMeta
{
    public const string DefaultNamespace = "default";

    public required string Name { get; init; }

    /// <summary>The namespace; "default" when omitted for namespaced kinds, empty for cluster-scoped kinds.</summary>
    public string Namespace { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, string> Labels { get; init => field = ValueMap.From(value); } = ValueMap.Empty;

    public IReadOnlyDictionary<string, string> Annotations { get; init => field = ValueMap.From(value); } = ValueMap.Empty;

    /// <summary><c>metadata.generation</c>; 1 when absent. The event store replaces it with its own counter.</summary>
    public long Generation { get; init; } = 1;

    /// <summary><c>metadata.creationTimestamp</c>; the event store replaces it with the time of the creating event.</summary>
    public DateTimeOffset? CreationTimestamp { get; init; }

    public SourceLocation Location { get; init; } = SourceLocation.None;

    public bool Equals(ObjectMeta? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Namespace, other.Namespace, StringComparison.Ordinal)
        && Labels.Equals(other.Labels)
        && Annotations.Equals(other.Annotations)
        && Generation == other.Generation
        && CreationTimestamp == other.CreationTimestamp;

    public override int GetHashCode() =>
        HashCode.Combine(Name, Namespace, Labels, Annotations, Generation, CreationTimestamp);
}
