namespace GitOpsGateway.RouteTables.Listeners;

/// <summary>The public facts of a certificate, for audit and for checking the node loaded the expected one.</summary>
public sealed record CertificateFacts
{
    public required string Subject { get; init; }

    /// <summary>DNS names and IP addresses of the certificate, a set: kept in ordinal order.</summary>
    public EquatableArray<string> SubjectAlternativeNames
    {
        get;
        init => field = value.SortedByOrdinal(name => name);
    }

    /// <summary>Normalised to UTC, so equal instants serialise to equal bytes.</summary>
    public required DateTimeOffset NotAfter
    {
        get;
        init => field = value.ToUniversalTime();
    }

    /// <summary>Lowercase hex SHA-256 of the DER certificate.</summary>
    public required string Sha256Fingerprint { get; init; }
}
