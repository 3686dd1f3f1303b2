namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>What a request must lead to (the <c>expect</c> map of a request); null fields are not checked.</summary>
internal sealed record ExpectedOutcome
{
    public string? Backend { get; init; }

    public IReadOnlyDictionary<string, string>? Backends { get; init; }

    /// <summary>An HTTP status code, or "refused".</summary>
    public string? Status { get; init; }

    public string? Location { get; init; }

    public string? Path { get; init; }

    public string? HostHeader { get; init; }

    public IReadOnlyDictionary<string, string>? RequestHeaders { get; init; }

    public IReadOnlyList<string>? AbsentRequestHeaders { get; init; }

    public IReadOnlyDictionary<string, string>? ResponseHeaders { get; init; }

    public IReadOnlyList<string>? AbsentResponseHeaders { get; init; }

    public IReadOnlyList<string>? Mirrors { get; init; }

    public string? RequestTimeout { get; init; }

    public string? BackendRequestTimeout { get; init; }

    public string? BackendProtocol { get; init; }

    public string? GrpcStatus { get; init; }
}
