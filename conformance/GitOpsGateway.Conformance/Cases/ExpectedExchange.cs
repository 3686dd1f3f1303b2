namespace GitOpsGateway.Conformance.Cases;

/// <summary>One row of an upstream test's table (upstream <c>http.ExpectedResponse</c>), transcribed field by field.</summary>
public sealed record ExpectedExchange
{
    public RequestSpec Request { get; init; } = new();

    public ExpectedRequest? ExpectedRequest { get; init; }

    public ExpectedRedirect? RedirectRequest { get; init; }

    /// <summary>Response headers the echo backend is asked to set.</summary>
    public IReadOnlyDictionary<string, string> BackendSetResponseHeaders { get; init; } = new Dictionary<string, string>();

    public ResponseSpec Response { get; init; } = new();

    /// <summary>The Service that must have answered (upstream: the pod name's prefix).</summary>
    public string Backend { get; init; } = string.Empty;

    public string Namespace { get; init; } = string.Empty;

    public string TestCaseName { get; init; } = string.Empty;

    /// <summary>Ours, not upstream's: the Gateway (NAMESPACE/NAME) this row goes to when not the case's own.</summary>
    public string? Gateway { get; init; }

    /// <summary>Ours, not upstream's: the listener port this row goes to (upstream: the address it picks), 80 when 0.</summary>
    public int Port { get; init; }

    public string Describe(int index) =>
        !string.IsNullOrEmpty(TestCaseName) ? TestCaseName : $"{index} request to '{Request.Host}{Request.Path}'{(Request.Headers is { Count: > 0 } ? " with headers" : "")}";
}
