using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>
/// Compares two JSON values: numbers by value, strings ordinally, booleans and null only for (in)equality,
/// objects and arrays structurally. Values of different kinds are never equal and never ordered.
/// </summary>
internal static class FilterComparison
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    public static bool Holds(JsonNode? left, FilterOperator comparison, JsonNode? right)
    {
        if (comparison == FilterOperator.Matches)
        {
            return Matches(left, right);
        }

        var order = Order(left, right);
        return comparison switch
        {
            FilterOperator.Equal => JsonNode.DeepEquals(left, right),
            FilterOperator.NotEqual => !JsonNode.DeepEquals(left, right),
            FilterOperator.Less => order < 0,
            FilterOperator.LessOrEqual => order <= 0,
            FilterOperator.Greater => order > 0,
            FilterOperator.GreaterOrEqual => order >= 0,
            _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Not a comparison."),
        };
    }

    /// <summary>Negative, zero or positive when both are numbers or both strings; null when they cannot be ordered.</summary>
    private static int? Order(JsonNode? left, JsonNode? right)
    {
        var leftKind = left?.GetValueKind();
        if (leftKind != right?.GetValueKind())
        {
            return null;
        }

        return leftKind switch
        {
            JsonValueKind.Number => Number(left!).CompareTo(Number(right!)),
            JsonValueKind.String => string.CompareOrdinal(left!.GetValue<string>(), right!.GetValue<string>()),
            _ => null,
        };
    }

    private static bool Matches(JsonNode? left, JsonNode? right)
    {
        if (left?.GetValueKind() != JsonValueKind.String || right?.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }

        var pattern = right.GetValue<string>();
        try
        {
            return Regex.IsMatch(left.GetValue<string>(), pattern, RegexOptions.NonBacktracking, RegexTimeout);
        }
        catch (ArgumentException exception)
        {
            throw new JsonPathException($"'{pattern}' is not a valid regular expression: {exception.Message}", exception);
        }
    }

    private static double Number(JsonNode value) =>
        double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
