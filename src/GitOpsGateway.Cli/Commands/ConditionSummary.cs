using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Commands;

/// <summary>
/// One cell saying whether an object's status has a condition that is not as it should be: the first such
/// condition as TYPE=STATUS/REASON (and how many more), "OK" when every condition is fine, none without a status.
/// A refused route thus shows in <c>ggctl get</c> without opening its status.
/// </summary>
internal static class ConditionSummary
{
    /// <summary>Conditions whose healthy value is False (the Gateway API's "negative polarity" ones).</summary>
    private static readonly HashSet<string> TrueIsBad = new(["Conflicted", "OverlappingTLSConfig"], StringComparer.Ordinal);

    public static string Of(JsonNode? status)
    {
        if (status is null)
        {
            return Table.None;
        }

        var bad = Conditions(status).Where(IsBad).ToList();
        if (bad.Count == 0)
        {
            return "OK";
        }

        var first = bad[0];
        var more = bad.Count > 1 ? $" (+{bad.Count - 1})" : string.Empty;
        return $"{first["type"]}={first["status"]}/{first["reason"]}{more}";
    }

    /// <summary>Every condition of the status, its listeners' and its parents', in document order.</summary>
    private static IEnumerable<JsonNode> Conditions(JsonNode node) => node switch
    {
        JsonObject map => (map["conditions"] is JsonArray own ? own.OfType<JsonNode>() : [])
            .Concat(map.Where(pair => pair.Key != "conditions" && pair.Value is JsonArray or JsonObject).SelectMany(pair => Conditions(pair.Value!))),
        JsonArray list => list.OfType<JsonNode>().SelectMany(Conditions),
        _ => [],
    };

    private static bool IsBad(JsonNode condition)
    {
        var type = (string?)condition["type"] ?? string.Empty;
        var status = (string?)condition["status"];
        return TrueIsBad.Contains(type) ? status != "False" : status != "True";
    }
}
