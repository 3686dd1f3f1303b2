using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary><c>[0,2]</c> or <c>['a','b']</c>: each alternative applied to all current values, one alternative after the other.</summary>
internal sealed record UnionStep(IReadOnlyList<PathExpression> Alternatives) : PathStep
{
    public override IReadOnlyList<JsonNode?> Apply(IReadOnlyList<JsonNode?> values)
    {
        var results = new List<JsonNode?>();
        foreach (var alternative in Alternatives)
        {
            results.AddRange(alternative.Evaluate(values));
        }

        return results;
    }
}
