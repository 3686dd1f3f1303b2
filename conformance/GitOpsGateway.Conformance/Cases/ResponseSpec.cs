namespace GitOpsGateway.Conformance.Cases;

/// <summary>What the client must get (upstream <c>http.Response</c>).</summary>
public sealed record ResponseSpec
{
    public int StatusCode { get; init; }

    public IReadOnlyList<int> StatusCodes { get; init; } = [];

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ValidHeaderValues { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<string> AbsentHeaders { get; init; } = [];

    public bool IgnoreWhitespace { get; init; }

    /// <summary>The accepted status codes: <see cref="StatusCode"/> and <see cref="StatusCodes"/>, 200 when neither is given.</summary>
    public IReadOnlyList<int> AcceptedStatusCodes()
    {
        var codes = StatusCodes.ToList();
        if (StatusCode != 0 && !codes.Contains(StatusCode))
        {
            codes.Add(StatusCode);
        }

        return codes.Count == 0 ? [200] : codes;
    }
}
