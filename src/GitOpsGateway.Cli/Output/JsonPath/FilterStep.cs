using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>
/// <c>[?(@.type=="Accepted")]</c>: the elements of each array for which the condition holds. An element where
/// either side yields nothing is left out; a side that yields several values is an error, as in kubectl.
/// </summary>
internal sealed record FilterStep(PathExpression Left, FilterOperator Operator, FilterOperand? Right) : PathStep
{
    public override IReadOnlyList<JsonNode?> Apply(IReadOnlyList<JsonNode?> values)
    {
        var results = new List<JsonNode?>();
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    continue;
                case JsonArray elements:
                    results.AddRange(elements.Where(Holds));
                    break;
                default:
                    throw new JsonPathException($"{Describe.Kind(value)} is not an array, so it cannot be filtered.");
            }
        }

        return results;
    }

    private bool Holds(JsonNode? element)
    {
        var lefts = Left.Evaluate(element);
        if (Operator == FilterOperator.Exists)
        {
            return lefts.Count > 0;
        }

        var rights = Right!.Evaluate(element);
        if (lefts.Count == 0 || rights.Count == 0)
        {
            return false;
        }

        if (lefts.Count > 1 || rights.Count > 1)
        {
            throw new JsonPathException("a filter can only compare one value at a time.");
        }

        return FilterComparison.Holds(lefts[0], Operator, rights[0]);
    }
}
