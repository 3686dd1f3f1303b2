namespace GitOpsGateway.GatewayApi;

/// <summary>Where something was written: file path, 0-based document index in that file, 1-based line and column.</summary>
public sealed record SourceLocation(string File, int DocumentIndex, int Line, int Column)
{
    /// <summary>For objects built in code rather than read from a manifest.</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0, 0, 0);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
