using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Output.JsonPath;

namespace GitOpsGateway.Cli.Describe;

/// <summary>A rule's matches and filters in one short line each, as people read them: <c>PathPrefix /api, header x-canary=true, GET</c>.</summary>
internal static class RuleText
{
    public static string Match(JsonNode match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var parts = new List<string>();
        if (match["path"] is { } path)
        {
            parts.Add($"{(string?)path["type"] ?? "PathPrefix"} {(string?)path["value"] ?? "/"}");
        }

        if (match["method"] is JsonObject grpcMethod)
        {
            parts.Add($"method {grpcMethod["service"]}/{grpcMethod["method"]}");
        }
        else if (match["method"] is { } method)
        {
            parts.Add((string?)method ?? string.Empty);
        }

        parts.AddRange(Pairs(match["headers"], "header"));
        parts.AddRange(Pairs(match["queryParams"], "query"));
        return parts.Count == 0 ? "every request" : string.Join(", ", parts);
    }

    /// <summary>The filter's type, then its settings as compact JSON: <c>RequestHeaderModifier {"set":[...]}</c>.</summary>
    public static string Filter(JsonNode filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var type = (string?)filter["type"] ?? "?";
        var settings = filter.AsObject().Where(member => member.Key != "type").Select(member => member.Value).FirstOrDefault();
        return settings is null ? type : $"{type} {CompactJson.Write(settings)}";
    }

    private static IEnumerable<string> Pairs(JsonNode? pairs, string noun) =>
        (pairs as JsonArray ?? []).Where(pair => pair is not null).Select(pair =>
            $"{noun} {pair!["name"]}{((string?)pair["type"] == "RegularExpression" ? "~" : "=")}{pair["value"]}");
}
