using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.Translation;

/// <summary>
/// What one compilation produced. Every collection is in a fixed order (tables and statuses by key, diagnostics
/// by object then field), so equal inputs give equal results.
/// </summary>
public sealed record TranslationResult
{
    /// <summary>One table per Gateway of our GatewayClasses, sorted by namespace then name; an unaccepted Gateway has an empty table.</summary>
    public required IReadOnlyList<RouteTable> Tables { get; init; }

    /// <summary>Status of each GatewayClass of our controller, by class name.</summary>
    public required IReadOnlyDictionary<string, GatewayClassStatus> GatewayClasses { get; init; }

    /// <summary>Status of each Gateway of our classes (conditions and one entry per listener).</summary>
    public required IReadOnlyDictionary<ResourceKey, GatewayStatus> Gateways { get; init; }

    /// <summary>Status of each route that names at least one Gateway of ours, one parent entry per such parentRef.</summary>
    public required IReadOnlyDictionary<ResourceKey, RouteStatus> Routes { get; init; }

    public required IReadOnlyList<TranslationDiagnostic> Diagnostics { get; init; }

    /// <summary>The combined content hash of <see cref="Tables"/> (<see cref="RouteTableHash.Compute(IEnumerable{RouteTable})"/>).</summary>
    public required string Hash { get; init; }

    public RouteTable? FindTable(string @namespace, string name) =>
        Tables.FirstOrDefault(table => table.Gateway.Namespace == @namespace && table.Gateway.Name == name);
}
