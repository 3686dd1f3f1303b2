using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Commands;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Describe;

/// <summary>
/// The describe document for people, laid out like <c>kubectl describe</c>: aligned fields, then sections
/// (conditions, listeners and nodes, parents and rules, referring routes, history) with indented tables.
/// </summary>
internal sealed class DescribeText(TextWriter writer, DateTimeOffset now)
{
    private static readonly TableColumn[] ConditionColumns =
        [new("Type"), new("Status"), new("Reason"), new("ObservedGeneration"), new("Age"), new("Message")];

    private static readonly TableColumn[] ConditionColumnsWithoutAge = [.. ConditionColumns.Where(column => column.Header != "Age")];

    public void Write(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Field("Name", Text(document["name"]));
        if (Text(document["namespace"]) is { Length: > 0 } ns && ns != Table.None)
        {
            Field("Namespace", ns);
        }

        Field("Kind", Text(document["kind"]));
        Field("Source", $"{Text(document["source"])} ({Text(document["file"])}:{Text(document["line"])})");
        Field("Last changed by", ServerCall.Short(document["commit"], 12));
        Field("Generation", Text(document["generation"]));
        Field("Created", WithAge(document["createdAt"]));
        Field("Updated", WithAge(document["updatedAt"]));
        Field("Status from", document["version"] is null ? "no version (nothing compiled yet)" : $"v{Text(document["version"])}");
        if (document["hostnames"] is JsonArray hostnames)
        {
            Field("Hostnames", hostnames.Count == 0 ? "* (every hostname of the listeners)" : string.Join(", ", hostnames.Select(Text)));
        }

        if (document["conditions"] is JsonArray { Count: > 0 } conditions)
        {
            Section("Conditions", 0);
            Conditions(conditions, 1);
        }

        Listeners(document);
        Nodes(document);
        Parents(document);
        Rules(document);
        ServiceSections(document);
        History(document);
    }

    private void Listeners(JsonObject document)
    {
        if (document["listeners"] is not JsonArray listeners)
        {
            return;
        }

        Section("Listeners", 0);
        foreach (var listener in listeners.OfType<JsonNode>())
        {
            var hostname = listener["hostname"] is null ? "*" : Text(listener["hostname"]);
            Line(1, $"{Text(listener["name"])}: {Text(listener["protocol"])} port {Text(listener["port"])}, hostname {hostname}, attached routes {Text(listener["attachedRoutes"])}");
            Conditions(listener["conditions"] as JsonArray ?? [], 2);
        }
    }

    private void Nodes(JsonObject document)
    {
        if (document["nodes"] is not JsonArray nodes)
        {
            return;
        }

        Section($"Nodes (active version {(document["activeVersion"] is null ? Table.None : "v" + Text(document["activeVersion"]))})", 0);
        if (nodes.Count == 0)
        {
            Line(1, "no node has reported for this Gateway");
            return;
        }

        Indented(1, new Table(
            [new("Node"), new("Version"), new("Hash"), new("Applied"), new("Connected"), new("Current"), new("Errors")],
            [.. nodes.OfType<JsonNode>().Select(node => (IReadOnlyList<string>)
            [
                Text(node["node"]), "v" + Text(node["version"]), ServerCall.Short(node["hash"], 12), WithAge(node["appliedAt"]),
                Text(node["connected"]), Text(node["runsActiveVersion"]), string.Join("; ", (node["errors"] as JsonArray ?? []).Select(Text)),
            ])]));
    }

    private void Parents(JsonObject document)
    {
        if (document["parents"] is not JsonArray parents)
        {
            return;
        }

        Section("Parents", 0);
        foreach (var parent in parents.OfType<JsonNode>())
        {
            Line(1, $"{Text(parent["parentRef"])}{(parent["controllerName"] is null ? " (no controller of ours answers for it)" : string.Empty)}");
            Conditions(parent["conditions"] as JsonArray ?? [], 2);
        }
    }

    private void Rules(JsonObject document)
    {
        if (document["rules"] is not JsonArray rules)
        {
            return;
        }

        Section("Rules", 0);
        foreach (var rule in rules.OfType<JsonNode>())
        {
            Line(1, $"Rule {Text(rule["index"])}{(rule["name"] is null ? string.Empty : $" ({Text(rule["name"])})")}:");
            var matches = (rule["matches"] as JsonArray ?? []).OfType<JsonNode>().Select(RuleText.Match).ToList();
            Line(2, $"Matches:  {(matches.Count == 0 ? "every request" : string.Join(" | ", matches))}");
            var filters = (rule["filters"] as JsonArray ?? []).OfType<JsonNode>().Select(RuleText.Filter).ToList();
            Line(2, $"Filters:  {(filters.Count == 0 ? Table.None : string.Join(" | ", filters))}");
            var backends = (rule["backendRefs"] as JsonArray ?? []).OfType<JsonNode>().ToList();
            if (backends.Count == 0)
            {
                Line(2, $"Backends: {Table.None}");
                continue;
            }

            Line(2, "Backends:");
            Indented(3, new Table(
                [new("Backend"), new("Port"), new("Weight"), new("Resolved"), new("Reason"), new("Filters")],
                [.. backends.Select(backend => (IReadOnlyList<string>)
                [
                    $"{((string?)backend["kind"] == "Service" ? string.Empty : Text(backend["kind"]) + " ")}{Text(backend["namespace"])}/{Text(backend["name"])}",
                    Text(backend["port"]),
                    Text(backend["weight"]),
                    backend["resolved"] is null ? "Unknown" : (bool)backend["resolved"]! ? "True" : "False",
                    Text(backend["reason"]),
                    string.Join(" | ", (backend["filters"] as JsonArray ?? []).OfType<JsonNode>().Select(RuleText.Filter)),
                ])]));
        }
    }

    private void ServiceSections(JsonObject document)
    {
        if (document["ports"] is JsonArray ports)
        {
            Field("Ports", ports.Count == 0 ? Table.None : string.Join(", ", ports.OfType<JsonNode>().Select(port =>
                $"{(port["name"] is null ? string.Empty : Text(port["name"]) + " ")}{Text(port["port"])}/{(string?)port["protocol"] ?? "TCP"}")));
        }

        if (document["referencedBy"] is not JsonArray routes)
        {
            return;
        }

        Section("Referenced by", 0);
        if (routes.Count == 0)
        {
            Line(1, "no route refers to this Service");
            return;
        }

        Indented(1, new Table(
            [new("Kind"), new("Namespace"), new("Name"), new("Rules")],
            [.. routes.OfType<JsonNode>().Select(route => (IReadOnlyList<string>)
                [Text(route["kind"]), Text(route["namespace"]), Text(route["name"]), string.Join(",", (route["rules"] as JsonArray ?? []).Select(Text))])]));
    }

    private void History(JsonObject document)
    {
        var entries = (document["history"] as JsonArray ?? []).OfType<JsonNode>().ToList();
        Section($"History (newest first, up to {DescribeQuery.HistoryEntries})", 0);
        Indented(1, new Table(
            [new("Version"), new("Commit"), new("Author"), new("Time"), new("Change"), new("Summary", MaxWidth: 100)],
            [.. entries.Select(entry => (IReadOnlyList<string>)
            [
                entry["version"] is null ? Table.None : "v" + Text(entry["version"]),
                ServerCall.Short(entry["commit"], 7), Text(entry["author"]), WithAge(entry["time"]), Text(entry["change"]), Text(entry["summary"]),
            ])]));
    }

    /// <summary>AGE only when the control plane gives lastTransitionTime: its compiler has no clock, so the admin API may leave it out.</summary>
    private void Conditions(JsonArray conditions, int depth)
    {
        var items = conditions.OfType<JsonNode>().ToList();
        var withAge = items.Any(condition => condition["lastTransitionTime"] is not null);
        Indented(depth, new Table(withAge ? ConditionColumns : ConditionColumnsWithoutAge, [.. items.Select(condition => (IReadOnlyList<string>)
        [
            Text(condition["type"]), Text(condition["status"]), Text(condition["reason"]), Text(condition["observedGeneration"]),
            .. withAge ? [Age.Since((string?)condition["lastTransitionTime"], now)] : Array.Empty<string>(),
            Text(condition["message"]),
        ])]));
    }

    private string WithAge(JsonNode? timestamp) =>
        timestamp is null ? Table.None : $"{Text(timestamp)} ({Age.Since((string?)timestamp, now)} ago)";

    private void Indented(int depth, Table table)
    {
        using var buffer = new StringWriter();
        TableWriter.Write(buffer, table, wide: false);
        foreach (var line in buffer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Line(depth, line.TrimEnd('\r'));
        }
    }

    private void Section(string title, int depth) => Line(depth, title + ":");

    private void Field(string name, string value) => writer.WriteLine($"{name + ":",-18}{value}");

    private void Line(int depth, string text) => writer.WriteLine(new string(' ', depth * 2) + text);

    private static string Text(JsonNode? node) => ServerCall.Cell(node);
}
