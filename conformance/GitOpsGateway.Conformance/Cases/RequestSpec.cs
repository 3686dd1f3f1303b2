namespace GitOpsGateway.Conformance.Cases;

/// <summary>The request a case sends (upstream <c>http.Request</c>): empty Host means the Gateway's address.</summary>
public sealed record RequestSpec
{
    public string Host { get; init; } = string.Empty;

    public string Method { get; init; } = string.Empty;

    public string Path { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public bool UnfollowRedirect { get; init; }

    public string Protocol { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;
}
