using System.Text.Json.Nodes;
using GitOpsGateway.Conformance.Cases;
using GitOpsGateway.Testing.Cluster;

namespace GitOpsGateway.Conformance.Status;

/// <summary>Compares a Gateway's listener statuses, read from <c>/api/v1/resources</c>, with a case's expectations.</summary>
public static class ListenerStatuses
{
    private const string GatewayGroup = "gateway.networking.k8s.io";

    /// <returns>Null when the Gateway's listeners match, else what differs.</returns>
    public static async Task<string?> MismatchAsync(ControlPlaneProcess controlPlane, string gateway, IReadOnlyList<ListenerExpectation> expected)
    {
        ArgumentNullException.ThrowIfNull(controlPlane);
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(expected);
        var parts = gateway.Split('/', 2);
        var listing = await controlPlane.GetJsonAsync($"/api/v1/resources?kind=Gateway&namespace={Uri.EscapeDataString(parts[0])}");
        var actual = (listing.AsArray().FirstOrDefault(item => (string?)item?["name"] == parts[1])?["status"]?["listeners"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .ToList();
        if (actual.Count != expected.Count)
        {
            return $"{gateway}: expected {expected.Count} listener statuses, got {actual.Count}";
        }

        foreach (var listener in expected)
        {
            var status = actual.FirstOrDefault(candidate => (string?)candidate["name"] == listener.Name);
            if (status is null)
            {
                return $"{gateway}: no status for listener {listener.Name}";
            }

            var kinds = (status["supportedKinds"]?.AsArray() ?? [])
                .Select(kind => ((string?)kind?["group"] ?? GatewayGroup, (string?)kind?["kind"] ?? string.Empty))
                .ToList();
            if ((listener.SupportedKinds.Count == 0 && kinds.Count > 0)
                || listener.SupportedKinds.Any(kind => !kinds.Contains((GatewayGroup, kind))))
            {
                return $"{gateway} listener {listener.Name}: expected supportedKinds [{string.Join(", ", listener.SupportedKinds)}], got [{string.Join(", ", kinds.Select(kind => kind.Item2))}]";
            }

            var attached = (int?)status["attachedRoutes"] ?? 0;
            if (attached != listener.AttachedRoutes)
            {
                return $"{gateway} listener {listener.Name}: expected attachedRoutes {listener.AttachedRoutes}, got {attached}";
            }

            var conditions = (status["conditions"]?.AsArray() ?? []).OfType<JsonObject>().ToList();
            foreach (var condition in listener.Conditions)
            {
                var found = conditions.Any(candidate =>
                    (string?)candidate["type"] == condition.Type
                    && (string?)candidate["status"] == condition.Status
                    && (string.IsNullOrEmpty(condition.Reason) || (string?)candidate["reason"] == condition.Reason));
                if (!found)
                {
                    return $"{gateway} listener {listener.Name}: expected {condition.Type}={condition.Status} ({condition.Reason}), has [{string.Join(", ", conditions.Select(candidate => $"{candidate["type"]}={candidate["status"]} ({candidate["reason"]})"))}]";
                }
            }
        }

        return null;
    }
}
