using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary><c>.name</c> or <c>['name']</c>: the member of each object that has it; values without it yield nothing.</summary>
internal sealed record FieldStep(string Name) : PathStep
{
    public override IReadOnlyList<JsonNode?> Apply(IReadOnlyList<JsonNode?> values)
    {
        var results = new List<JsonNode?>();
        foreach (var value in values)
        {
            if (value is JsonObject members && members.TryGetPropertyValue(Name, out var member))
            {
                results.Add(member);
            }
        }

        return results;
    }
}
