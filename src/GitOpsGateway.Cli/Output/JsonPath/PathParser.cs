using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>
/// Parses the path inside an action: an optional <c>$</c> or <c>@</c>, then <c>.name</c> (a backslash escapes a dot
/// in the name, as in <c>.metadata.annotations.example\.com/key</c>), <c>.*</c>, <c>..name</c>, <c>[index]</c>,
/// <c>[start:end:step]</c>, <c>[*]</c>, <c>['key']</c>, unions <c>[0,1]</c> and filters <c>[?(@.a=="b")]</c>.
/// </summary>
internal sealed partial class PathParser
{
    private readonly string text;
    private int position;

    private PathParser(string text) => this.text = text;

    private bool AtEnd => position >= text.Length;

    public static PathExpression Parse(string text) => new PathParser(text).ParsePath();

    [GeneratedRegex(@"^(-?\d*)(:-?\d*)?(:-?\d*)?$")]
    private static partial Regex SlicePattern();

    private static bool IsTerminator(char character) =>
        char.IsWhiteSpace(character) || character is '.' or ',' or '[' or ']' or '$' or '@' or '{' or '}';

    private PathExpression ParsePath()
    {
        SkipSpaces();
        if (!AtEnd && text[position] is '$' or '@')
        {
            position++;
        }

        var steps = new List<PathStep>();
        for (SkipSpaces(); !AtEnd; SkipSpaces())
        {
            if (string.CompareOrdinal(text, position, "..", 0, 2) == 0)
            {
                position += 2;
                steps.Add(new RecursiveStep());
                if (!AtEnd && !IsTerminator(text[position]))
                {
                    steps.Add(ReadName());
                }

                continue;
            }

            switch (text[position])
            {
                case '.':
                    position++;
                    if (!AtEnd && !IsTerminator(text[position]))
                    {
                        steps.Add(ReadName());
                    }

                    break;
                case '[':
                    steps.Add(ReadBracket());
                    break;
                default:
                    throw Error($"unexpected '{text[position]}'");
            }
        }

        return new PathExpression(steps, text.Trim());
    }

    private PathStep ReadName()
    {
        var name = new StringBuilder();
        for (; !AtEnd && !IsTerminator(text[position]); position++)
        {
            if (text[position] == '\\' && position + 1 < text.Length)
            {
                position++;
            }

            name.Append(text[position]);
        }

        return name.ToString() == "*" ? new WildcardStep() : new FieldStep(name.ToString());
    }

    private PathStep ReadBracket()
    {
        if (string.CompareOrdinal(text, position, "[?(", 0, 3) == 0)
        {
            return ReadFilter();
        }

        var close = QuotedText.IndexOutsideQuotes(text, position + 1, character => character == ']');
        if (close < 0)
        {
            throw Error("'[' is never closed");
        }

        var content = text[(position + 1)..close].Trim();
        position = close + 1;
        return Bracket(content);
    }

    private PathStep Bracket(string content)
    {
        var parts = SplitOutsideQuotes(content, ',');
        if (parts.Count > 1)
        {
            return new UnionStep([.. parts.Select(part => Parse($"[{part.Trim()}]"))]);
        }

        if (content == "*")
        {
            return SliceStep.All;
        }

        if (QuotedText.IsQuoted(content))
        {
            return new FieldStep(QuotedText.Unquote(content));
        }

        var slice = SlicePattern().Match(content);
        if (content.Length == 0 || !slice.Success)
        {
            throw Error($"[{content}] is not an index, a slice, * or a quoted key");
        }

        var isIndex = !slice.Groups[2].Success && !slice.Groups[3].Success;
        return new SliceStep(Number(slice.Groups[1].Value), Number(slice.Groups[2].Value), Number(slice.Groups[3].Value), isIndex);
    }

    private FilterStep ReadFilter()
    {
        var start = position + 3;
        var close = QuotedText.IndexOutsideQuotes(text, start, character => character == ')');
        if (close < 0 || close + 1 >= text.Length || text[close + 1] != ']')
        {
            throw Error("a filter must end with ')]'");
        }

        position = close + 2;
        return FilterParser.Parse(text[start..close]);
    }

    private static List<string> SplitOutsideQuotes(string content, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var next = QuotedText.IndexOutsideQuotes(content, 0, character => character == separator);
             next >= 0;
             next = QuotedText.IndexOutsideQuotes(content, start, character => character == separator))
        {
            parts.Add(content[start..next]);
            start = next + 1;
        }

        parts.Add(content[start..]);
        return parts;
    }

    private int? Number(string group)
    {
        var digits = group.TrimStart(':');
        if (digits.Length == 0)
        {
            return null;
        }

        return int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"{digits} is not a valid array index");
    }

    private void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private JsonPathException Error(string problem) => new($"Invalid JSONPath '{text.Trim()}': {problem}.");
}
