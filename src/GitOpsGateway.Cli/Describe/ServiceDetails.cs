using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Commands;

namespace GitOpsGateway.Cli.Describe;

/// <summary>A Service's ports as written, and the routes whose backendRefs name it, with the indexes of the rules that do.</summary>
internal static class ServiceDetails
{
    private static readonly HashSet<string> RouteKinds = new(StringComparer.Ordinal) { "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute" };

    public static void AddTo(JsonObject document, JsonNode service, IEnumerable<JsonNode> resources)
    {
        var serviceNamespace = (string?)service["namespace"] ?? string.Empty;
        var serviceName = (string)service["name"]!;
        document["ports"] = DescribeDocument.Copy(service["manifest"]?["spec"]?["ports"]) ?? new JsonArray();
        document["referencedBy"] = new JsonArray([.. resources
            .Where(resource => RouteKinds.Contains((string?)resource["kind"] ?? string.Empty))
            .Select(route => (Route: route, Rules: ReferringRules(route, serviceNamespace, serviceName)))
            .Where(found => found.Rules.Count > 0)
            .Select(found => (JsonNode)new JsonObject
            {
                ["kind"] = DescribeDocument.Copy(found.Route["kind"]),
                ["namespace"] = DescribeDocument.Copy(found.Route["namespace"]),
                ["name"] = DescribeDocument.Copy(found.Route["name"]),
                ["rules"] = new JsonArray([.. found.Rules.Select(index => (JsonNode)index)]),
            })]);
    }

    private static List<int> ReferringRules(JsonNode route, string serviceNamespace, string serviceName)
    {
        var routeNamespace = (string?)route["namespace"] ?? string.Empty;
        return ServerCall.Items(route["manifest"]?["spec"]?["rules"] ?? new JsonArray())
            .Select((rule, index) => (Rule: rule, Index: index))
            .Where(item => ServerCall.Items(item.Rule["backendRefs"] ?? new JsonArray()).Any(backend =>
                ((string?)backend["kind"] ?? "Service") == "Service"
                && string.IsNullOrEmpty((string?)backend["group"])
                && (string?)backend["name"] == serviceName
                && ((string?)backend["namespace"] ?? routeNamespace) == serviceNamespace))
            .Select(item => item.Index)
            .ToList();
    }
}
