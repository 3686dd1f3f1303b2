using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Commands;
using GitOpsGateway.RouteTables.Backends;

namespace GitOpsGateway.Cli.Describe;

/// <summary>
/// A route's hostnames, its parents with their conditions, and each rule's matches, filters and backendRefs with
/// weights and whether each resolved in the version the route's status comes from.
/// </summary>
internal static class RouteDetails
{
    public static void AddTo(JsonObject document, JsonNode resource, CompiledRules compiled)
    {
        var ns = (string?)resource["namespace"] ?? string.Empty;
        var spec = resource["manifest"]?["spec"];
        document["hostnames"] = DescribeDocument.Copy(spec?["hostnames"]) ?? new JsonArray();
        var statusParents = ServerCall.Items(resource["status"]?["parents"] ?? new JsonArray()).ToList();
        document["parents"] = statusParents.Count > 0
            ? new JsonArray([.. statusParents.Select(parent => (JsonNode)new JsonObject
            {
                ["parentRef"] = ParentName(parent["parentRef"]!, ns),
                ["controllerName"] = DescribeDocument.Copy(parent["controllerName"]),
                ["conditions"] = DescribeDocument.Conditions(parent["conditions"]),
            })])
            : new JsonArray([.. ServerCall.Items(spec?["parentRefs"] ?? new JsonArray()).Select(parent => (JsonNode)new JsonObject
            {
                ["parentRef"] = ParentName(parent, ns),
                ["controllerName"] = null,
                ["conditions"] = new JsonArray(),
            })]);
        document["rules"] = new JsonArray([.. ServerCall.Items(spec?["rules"] ?? new JsonArray()).Select((rule, index) => (JsonNode)new JsonObject
        {
            ["index"] = index,
            ["name"] = DescribeDocument.Copy(rule["name"]),
            ["matches"] = DescribeDocument.Copy(rule["matches"]) ?? new JsonArray(),
            ["filters"] = DescribeDocument.Copy(rule["filters"]) ?? new JsonArray(),
            ["backendRefs"] = new JsonArray([.. ServerCall.Items(rule["backendRefs"] ?? new JsonArray())
                .Select((backend, backendIndex) => BackendRef(backend, ns, compiled.Find(index, backendIndex)))]),
        })]);
    }

    private static JsonNode BackendRef(JsonNode backend, string routeNamespace, Backend? compiled) => new JsonObject
    {
        ["kind"] = (string?)backend["kind"] ?? "Service",
        ["namespace"] = (string?)backend["namespace"] ?? routeNamespace,
        ["name"] = DescribeDocument.Copy(backend["name"]),
        ["port"] = DescribeDocument.Copy(backend["port"]),
        ["weight"] = (int?)backend["weight"] ?? 1,
        ["filters"] = DescribeDocument.Copy(backend["filters"]) ?? new JsonArray(),
        ["resolved"] = compiled switch
        {
            ClusterBackend => true,
            InvalidBackend => false,
            _ => null,
        },
        ["reason"] = (compiled as InvalidBackend)?.Reason,
        ["cluster"] = (compiled as ClusterBackend)?.ClusterId,
    };

    /// <summary>"infra/edge", "infra/edge/https", "infra/edge:443"; a kind other than Gateway is named in front.</summary>
    private static string ParentName(JsonNode parent, string routeNamespace)
    {
        var kind = (string?)parent["kind"] is { } written && written != "Gateway" ? $"{written} " : string.Empty;
        var section = (string?)parent["sectionName"] is { } sectionName ? $"/{sectionName}" : string.Empty;
        var port = parent["port"] is { } number ? $":{number}" : string.Empty;
        return $"{kind}{(string?)parent["namespace"] ?? routeNamespace}/{parent["name"]}{section}{port}";
    }
}
