using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Describe;

/// <summary>
/// The parts of the describe document every kind has: where the object comes from (source, file, line, the
/// commit that last changed it), its generation and times, the version whose status it shows, the object-level
/// conditions, and the history entries.
/// </summary>
internal static class DescribeDocument
{
    public static JsonObject Common(JsonNode resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new JsonObject
        {
            ["kind"] = Copy(resource["kind"]),
            ["namespace"] = Copy(resource["namespace"]),
            ["name"] = Copy(resource["name"]),
            ["source"] = Copy(resource["source"]),
            ["file"] = Copy(resource["file"]),
            ["line"] = Copy(resource["line"]),
            ["commit"] = Copy(resource["commitSha"]),
            ["generation"] = Copy(resource["generation"]),
            ["createdAt"] = Copy(resource["createdAt"]),
            ["updatedAt"] = Copy(resource["updatedAt"]),
            ["version"] = Copy(resource["versionNumber"]),
            ["conditions"] = Conditions(resource["status"]?["conditions"]),
        };
    }

    /// <summary>Conditions as the Gateway API writes them: type, status, reason, message, observedGeneration, lastTransitionTime.</summary>
    public static JsonArray Conditions(JsonNode? conditions) =>
        new([.. (conditions as JsonArray ?? []).Where(condition => condition is not null).Select(condition => (JsonNode)new JsonObject
        {
            ["type"] = Copy(condition!["type"]),
            ["status"] = Copy(condition["status"]),
            ["reason"] = Copy(condition["reason"]),
            ["message"] = Copy(condition["message"]),
            ["observedGeneration"] = Copy(condition["observedGeneration"]),
            ["lastTransitionTime"] = Copy(condition["lastTransitionTime"]),
        })]);

    /// <summary>One change from <c>/history</c>: version, commit, author, time and a one-line summary of what changed.</summary>
    public static JsonNode HistoryEntry(JsonNode change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var diff = (change["diff"] as JsonArray ?? []).Where(item => item is not null).Select(item => DiffLine(item!)).ToList();
        var omitted = (int?)change["omittedChanges"] ?? 0;
        var more = diff.Count > 3 || omitted > 0 ? $" (+{diff.Count - Math.Min(diff.Count, 3) + omitted} more)" : string.Empty;
        var message = ((string?)change["message"])?.Split('\n')[0].Trim();
        return new JsonObject
        {
            ["version"] = Copy(change["versionNumber"]),
            ["commit"] = Copy(change["commitSha"]),
            ["author"] = Copy(change["author"]),
            ["time"] = Copy(change["authoredAt"] ?? change["recordedAt"]),
            ["change"] = Copy(change["change"]),
            ["generation"] = Copy(change["generation"]),
            ["message"] = message,
            // A creation's diff is the whole manifest: the commit message says more.
            ["summary"] = diff.Count > 0 && (string?)change["change"] != "Created" ? string.Join("; ", diff.Take(3)) + more : message,
        };
    }

    public static JsonNode? Copy(JsonNode? node) => node?.DeepClone();

    private static string DiffLine(JsonNode item) => (string?)item["kind"] switch
    {
        "Added" => $"{item["path"]}: + {item["after"]}",
        "Removed" => $"{item["path"]}: - {item["before"]}",
        _ => $"{item["path"]}: {item["before"]} → {item["after"]}",
    };
}
