namespace GitOpsGateway.Audit.Resources;

/// <summary>
/// The last manifest the audit projection saw of an object that exists, so the next change can be diffed
/// against it without reading the event store. Deleted with the object.
/// </summary>
public sealed record ResourceHead
{
    /// <summary>"SOURCE/KIND/NAMESPACE/NAME", as <c>CurrentResource.IdFor</c>.</summary>
    public required string Id { get; init; }

    public required string Manifest { get; init; }

    public required string File { get; init; }
}
