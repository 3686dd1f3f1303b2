using System.Text.Json;
using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>
/// <c>..</c>: each value and everything below it that has contents (non-empty objects, arrays and strings), so
/// that a following <c>name</c> step finds that member at any depth.
/// </summary>
internal sealed record RecursiveStep : PathStep
{
    public override IReadOnlyList<JsonNode?> Apply(IReadOnlyList<JsonNode?> values)
    {
        var results = new List<JsonNode?>();
        foreach (var value in values)
        {
            Descend(value, results);
        }

        return results;
    }

    private static void Descend(JsonNode? value, List<JsonNode?> results)
    {
        switch (value)
        {
            case JsonObject { Count: > 0 } members:
                results.Add(members);
                foreach (var member in members)
                {
                    Descend(member.Value, results);
                }

                break;
            case JsonArray { Count: > 0 } elements:
                results.Add(elements);
                foreach (var element in elements)
                {
                    Descend(element, results);
                }

                break;
            case JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String && scalar.GetValue<string>().Length > 0:
                results.Add(scalar);
                break;
        }
    }
}
