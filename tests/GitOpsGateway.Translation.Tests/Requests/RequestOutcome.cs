using GitOpsGateway.RouteTables;

namespace GitOpsGateway.Translation.Tests.Requests;

/// <summary>What the compiled table does with one request, as far as a table can tell.</summary>
internal sealed record RequestOutcome
{
    /// <summary>Forward, Respond (the node answers: 404, 500, redirects) or Refused (a connection nobody takes).</summary>
    public required string Action { get; init; }

    public int? Status { get; init; }

    public string? Location { get; init; }

    public string? GrpcStatus { get; init; }

    public string? Listener { get; init; }

    public RuleProvenance? Rule { get; init; }

    public IReadOnlyList<BackendShare> Backends { get; init; } = [];

    /// <summary>Path and query the backend receives.</summary>
    public string? Path { get; init; }

    public string? HostHeader { get; init; }

    public IReadOnlyDictionary<string, string> RequestHeaders { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, string> ResponseHeaders { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Mirrors { get; init; } = [];

    public TimeSpan? RequestTimeout { get; init; }

    public TimeSpan? BackendRequestTimeout { get; init; }

    public static RequestOutcome Refused(string? listener = null) => new() { Action = "Refused", Listener = listener };

    public static RequestOutcome NotFound(bool grpc) => new() { Action = "Respond", Status = 404, GrpcStatus = grpc ? "UNIMPLEMENTED" : null };
}
