using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary><c>.*</c>: every member value of an object, in document order, or every element of an array.</summary>
internal sealed record WildcardStep : PathStep
{
    public override IReadOnlyList<JsonNode?> Apply(IReadOnlyList<JsonNode?> values)
    {
        var results = new List<JsonNode?>();
        foreach (var value in values)
        {
            switch (value)
            {
                case JsonObject members:
                    results.AddRange(members.Select(member => member.Value));
                    break;
                case JsonArray elements:
                    results.AddRange(elements);
                    break;
            }
        }

        return results;
    }
}
