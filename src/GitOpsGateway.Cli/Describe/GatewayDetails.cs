using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Commands;

namespace GitOpsGateway.Cli.Describe;

/// <summary>A Gateway's listeners (as written, with attached routes and conditions from status) and the nodes serving it.</summary>
internal static class GatewayDetails
{
    public static void AddTo(JsonObject document, JsonNode resource, JsonNode? nodeListing)
    {
        var gateway = $"{resource["namespace"]}/{resource["name"]}";
        var statuses = ServerCall.Items(resource["status"]?["listeners"] ?? new JsonArray())
            .ToDictionary(listener => (string?)listener["name"] ?? string.Empty, StringComparer.Ordinal);
        document["listeners"] = new JsonArray([.. ServerCall.Items(resource["manifest"]?["spec"]?["listeners"] ?? new JsonArray()).Select(listener =>
        {
            var name = (string?)listener["name"] ?? string.Empty;
            var status = statuses.GetValueOrDefault(name);
            return (JsonNode)new JsonObject
            {
                ["name"] = name,
                ["protocol"] = DescribeDocument.Copy(listener["protocol"]),
                ["port"] = DescribeDocument.Copy(listener["port"]),
                ["hostname"] = DescribeDocument.Copy(listener["hostname"]),
                ["attachedRoutes"] = DescribeDocument.Copy(status?["attachedRoutes"]),
                ["conditions"] = DescribeDocument.Conditions(status?["conditions"]),
            };
        })]);
        var convergence = ServerCall.Items(nodeListing?["gateways"] ?? new JsonArray()).FirstOrDefault(item => (string?)item["gateway"] == gateway);
        // Before any node reports, the listing has no entry for the Gateway; its source's active version is the one it gets.
        document["activeVersion"] = DescribeDocument.Copy(convergence?["activeVersion"] ?? resource["versionNumber"]);
        document["nodes"] = new JsonArray([.. ServerCall.Items(nodeListing?["nodes"] ?? new JsonArray())
            .Where(node => (string?)node["report"]?["gateway"] == gateway)
            .Select(node => (JsonNode)new JsonObject
            {
                ["node"] = DescribeDocument.Copy(node["report"]!["node"]),
                ["version"] = DescribeDocument.Copy(node["report"]!["version"]),
                ["hash"] = DescribeDocument.Copy(node["report"]!["hash"]),
                ["appliedAt"] = DescribeDocument.Copy(node["report"]!["appliedAt"]),
                ["connected"] = DescribeDocument.Copy(node["connected"]),
                ["runsActiveVersion"] = DescribeDocument.Copy(node["runsActiveVersion"]),
                ["errors"] = DescribeDocument.Copy(node["report"]!["errors"]) ?? new JsonArray(),
            })]);
    }
}
