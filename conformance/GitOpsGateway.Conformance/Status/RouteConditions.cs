using System.Text.Json.Nodes;
using GitOpsGateway.Testing.Cluster;

namespace GitOpsGateway.Conformance.Status;

/// <summary>The conditions a route carries for one parent Gateway, read from the admin API's <c>/api/v1/resources</c>.</summary>
public static class RouteConditions
{
    /// <returns>Condition type → (status, reason); empty when the route or its parent entry is absent.</returns>
    public static async Task<IReadOnlyDictionary<string, (string Status, string? Reason)>> ForParentAsync(
        ControlPlaneProcess controlPlane, string kind, string route, string gateway)
    {
        ArgumentNullException.ThrowIfNull(controlPlane);
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(gateway);
        var (routeNamespace, routeName) = Split(route);
        var (gatewayNamespace, gatewayName) = Split(gateway);
        var listing = await controlPlane.GetJsonAsync($"/api/v1/resources?kind={kind}&namespace={Uri.EscapeDataString(routeNamespace)}");
        var resource = listing.AsArray().FirstOrDefault(item => (string?)item?["name"] == routeName);
        var parents = resource?["status"]?["parents"]?.AsArray() ?? [];
        var parent = parents.FirstOrDefault(entry =>
            (string?)entry?["parentRef"]?["name"] == gatewayName
            && ((string?)entry?["parentRef"]?["namespace"] ?? routeNamespace) == gatewayNamespace);
        return (parent?["conditions"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .GroupBy(condition => (string?)condition["type"] ?? string.Empty)
            .ToDictionary(group => group.Key, group => ((string?)group.Last()["status"] ?? string.Empty, (string?)group.Last()["reason"]));
    }

    private static (string Namespace, string Name) Split(string key)
    {
        var parts = key.Split('/', 2);
        return (parts[0], parts[1]);
    }
}
