using System.Globalization;
using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>
/// Parses the inside of <c>[?( ... )]</c>: <c>@.path</c> alone (the field exists), or <c>@.path OP operand</c> with
/// OP one of <c>== != &lt; &lt;= &gt; &gt;= =~</c> and the operand a quoted string, a number, true, false or a path.
/// </summary>
internal static class FilterParser
{
    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.Ordinal)
    {
        ["=="] = FilterOperator.Equal,
        ["!="] = FilterOperator.NotEqual,
        ["<"] = FilterOperator.Less,
        ["<="] = FilterOperator.LessOrEqual,
        [">"] = FilterOperator.Greater,
        [">="] = FilterOperator.GreaterOrEqual,
        ["=~"] = FilterOperator.Matches,
    };

    public static FilterStep Parse(string condition)
    {
        var start = QuotedText.IndexOutsideQuotes(condition, 0, IsOperatorCharacter);
        if (start < 0)
        {
            return new FilterStep(PathParser.Parse(condition), FilterOperator.Exists, null);
        }

        var end = start;
        while (end < condition.Length && (IsOperatorCharacter(condition[end]) || condition[end] == '~'))
        {
            end++;
        }

        var symbol = condition[start..end];
        if (!Operators.TryGetValue(symbol, out var comparison))
        {
            throw new JsonPathException($"Invalid JSONPath filter '{condition}': '{symbol}' is not one of == != < <= > >= =~.");
        }

        var left = condition[..start].Trim();
        var right = condition[end..].Trim();
        if (left.Length == 0 || right.Length == 0)
        {
            throw new JsonPathException($"Invalid JSONPath filter '{condition}': '{symbol}' needs a value on each side.");
        }

        return new FilterStep(PathParser.Parse(left), comparison, Operand(right));
    }

    private static bool IsOperatorCharacter(char character) => character is '!' or '<' or '>' or '=';

    private static FilterOperand Operand(string text)
    {
        if (QuotedText.IsQuoted(text))
        {
            return new LiteralOperand(JsonValue.Create(QuotedText.Unquote(text)));
        }

        if (text is "true" or "false")
        {
            return new LiteralOperand(JsonValue.Create(text == "true"));
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return new LiteralOperand(JsonValue.Create(whole));
        }

        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fraction))
        {
            return new LiteralOperand(JsonValue.Create(fraction));
        }

        return new PathOperand(PathParser.Parse(text));
    }
}
