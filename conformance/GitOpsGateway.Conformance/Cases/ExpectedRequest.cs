namespace GitOpsGateway.Conformance.Cases;

/// <summary>What the backend must have seen (upstream <c>http.ExpectedRequest</c>); null fields are not checked.</summary>
public sealed record ExpectedRequest
{
    public RequestSpec Request { get; init; } = new();

    public IReadOnlyList<string> AbsentHeaders { get; init; } = [];
}
