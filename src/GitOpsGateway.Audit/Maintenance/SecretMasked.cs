namespace GitOpsGateway.Audit.Maintenance;

/// <summary>
/// An operator masked leaked values in the stored events and documents. It names each value by its SHA-256 only:
/// the journal must not become the next place the value leaks to.
/// </summary>
public sealed record SecretMasked
{
    public required string CommandId { get; init; }

    /// <summary>Lower-case hex SHA-256 of each masked value's UTF-8 bytes.</summary>
    public required IReadOnlyList<string> ValueSha256 { get; init; }

    public required string Actor { get; init; }

    public required string Reason { get; init; }

    public required int EventsRewritten { get; init; }

    public required int DocumentsRewritten { get; init; }
}
