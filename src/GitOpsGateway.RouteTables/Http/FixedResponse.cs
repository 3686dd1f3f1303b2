namespace GitOpsGateway.RouteTables.Http;

/// <summary>A response the node writes itself, e.g. 500 when every backend of a rule is invalid.</summary>
public sealed record FixedResponse
{
    public required int StatusCode { get; init; }

    /// <summary>Why, for logs and audit (not sent to the client).</summary>
    public required string Reason { get; init; }
}
