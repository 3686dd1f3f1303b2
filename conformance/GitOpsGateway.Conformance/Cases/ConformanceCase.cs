using System.Text.Json;
using GitOpsGateway.Conformance.Upstream;

namespace GitOpsGateway.Conformance.Cases;

/// <summary>
/// The assertions of one upstream test, transcribed from its Go body into conformance/cases/SHORTNAME.json: the
/// Gateway it sends traffic to, the routes that must be accepted, the conditions they must carry, and its table of
/// requests and expected responses.
/// </summary>
public sealed record ConformanceCase
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required string ShortName { get; init; }

    /// <summary>The upstream Go file the case was transcribed from.</summary>
    public required string Source { get; init; }

    /// <summary>NAMESPACE/NAME of the Gateway the requests go to.</summary>
    public required string Gateway { get; init; }

    /// <summary>Routes (NAMESPACE/NAME) that must be Accepted by <see cref="Gateway"/>.</summary>
    public IReadOnlyList<string> AcceptedRoutes { get; init; } = [];

    /// <summary>Routes whose ResolvedRefs must be True for <see cref="Gateway"/>.</summary>
    public IReadOnlyList<string> ResolvedRefsRoutes { get; init; } = [];

    public IReadOnlyList<RouteCondition> RouteConditions { get; init; } = [];

    /// <summary>Listener statuses, all listeners of each Gateway named (upstream GatewayStatusMustHaveListeners).</summary>
    public IReadOnlyList<ListenerExpectation> Listeners { get; init; } = [];

    public IReadOnlyList<ExpectedExchange> Requests { get; init; } = [];

    /// <summary>
    /// Backend (Service name) → expected share of traffic for the first row, checked as upstream's utils/weight does
    /// once that row answers consistently; null when the test checks no distribution.
    /// </summary>
    public IReadOnlyDictionary<string, double>? Weights { get; init; }

    public static string FolderPath => Path.Combine(UpstreamSuite.ConformanceFolder, "cases");

    /// <summary>The transcribed case of a test, or null when the test has none yet.</summary>
    public static ConformanceCase? TryLoad(string shortName)
    {
        var path = Path.Combine(FolderPath, shortName + ".json");
        return File.Exists(path)
            ? JsonSerializer.Deserialize<ConformanceCase>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} holds the JSON literal null.")
            : null;
    }
}
