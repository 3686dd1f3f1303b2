using System.Globalization;
using System.Text.Json.Nodes;
using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.ControlPlane.Nodes;

/// <summary>
/// The compiler cannot know whether a Gateway is programmed: it writes Programmed=False/Pending for every accepted
/// Gateway, and the control plane replaces that condition from what nodes report. True/Programmed once at least
/// one node runs the version whose status is shown ("N of M nodes run version V"), else False/Pending saying so.
/// A Gateway the compiler refused keeps its False/Invalid condition.
/// </summary>
public static class GatewayProgrammedCondition
{
    private const string GatewayKind = "Gateway";
    private const string Pending = "Pending";

    /// <param name="statusJson">The Gateway's Kubernetes <c>status</c> as the compiler wrote it in <paramref name="version"/>.</param>
    /// <param name="listing">What the nodes report now.</param>
    /// <returns>The status with its Programmed condition set from the nodes; other kinds' statuses unchanged.</returns>
    public static string Apply(string kind, string gatewayNamespace, string name, string statusJson, long version, NodeListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (kind != GatewayKind || JsonNode.Parse(statusJson) is not JsonObject status
            || status["conditions"] is not JsonArray conditions
            || conditions.OfType<JsonObject>().FirstOrDefault(condition => (string?)condition["type"] == "Programmed") is not { } programmed
            || (string?)programmed["reason"] != Pending)
        {
            return statusJson;
        }

        var gateway = $"{gatewayNamespace}/{name}";
        var nodes = listing.Nodes.Where(node => node.Report.Gateway == gateway).ToList();
        var running = nodes.Count(node => node.Report.Version == version);
        var versionText = version.ToString(CultureInfo.InvariantCulture);
        if (running > 0)
        {
            programmed["status"] = "True";
            programmed["reason"] = "Programmed";
            programmed["message"] = $"{running} of {nodes.Count} nodes run version {versionText}.";
        }
        else
        {
            programmed["status"] = "False";
            programmed["reason"] = Pending;
            programmed["message"] = nodes.Count == 0
                ? $"No data-plane node has reported yet; waiting for one to run version {versionText}."
                : $"0 of {nodes.Count} nodes run version {versionText}.";
        }

        return status.ToJsonString();
    }
}
