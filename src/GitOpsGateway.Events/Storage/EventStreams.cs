namespace GitOpsGateway.Events.Storage;

/// <summary>The string keys of the event streams: one per source, and one for every route-table version.</summary>
public static class EventStreams
{
    /// <summary>Versions are numbered by their position in this stream, so numbers are monotonic and gap-free.</summary>
    public const string RouteTableVersions = "route-table-versions";

    /// <summary>API token creations, revocations and rotations: who did them, for the journal (the tokens live in their own table).</summary>
    public const string ApiTokens = "api-tokens";

    private const string SourcePrefix = "source:";

    public static string ForSource(string sourceName)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        return SourcePrefix + sourceName;
    }

    /// <summary>The source a stream belongs to, or null for the versions stream and any other.</summary>
    public static string? SourceOf(string? streamKey) =>
        streamKey is not null && streamKey.StartsWith(SourcePrefix, StringComparison.Ordinal) ? streamKey[SourcePrefix.Length..] : null;
}
