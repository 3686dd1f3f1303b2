namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>
/// Splits a template into literal text and <c>{actions}</c>: a path, a quoted string, <c>range PATH</c> or
/// <c>end</c>. As in kubectl, a <c>range</c> left open runs to the end of the template.
/// </summary>
internal sealed class TemplateParser
{
    private readonly List<TemplateSegment> root = [];
    private readonly Stack<(PathExpression Path, List<TemplateSegment> Body)> open = new();

    private TemplateParser()
    {
    }

    private List<TemplateSegment> Current => open.Count == 0 ? root : open.Peek().Body;

    public static IReadOnlyList<TemplateSegment> Parse(string template)
    {
        var parser = new TemplateParser();
        parser.ParseTemplate(template);
        return parser.root;
    }

    private void ParseTemplate(string template)
    {
        var position = 0;
        while (position < template.Length)
        {
            var brace = template.IndexOf('{', position);
            if (brace < 0)
            {
                Current.Add(new TextSegment(template[position..]));
                break;
            }

            if (brace > position)
            {
                Current.Add(new TextSegment(template[position..brace]));
            }

            var close = QuotedText.IndexOutsideQuotes(template, brace + 1, character => character == '}');
            if (close < 0)
            {
                throw new JsonPathException($"Invalid JSONPath template: the action opened at position {brace + 1} is never closed with '}}'.");
            }

            AddAction(template[(brace + 1)..close].Trim(), brace + 1);
            position = close + 1;
        }

        while (open.Count > 0)
        {
            CloseRange();
        }
    }

    private void AddAction(string action, int position)
    {
        if (action.Length == 0)
        {
            throw new JsonPathException($"Invalid JSONPath template: the action at position {position} is empty.");
        }

        if (QuotedText.IsQuoted(action))
        {
            Current.Add(new TextSegment(QuotedText.Unquote(action)));
        }
        else if (action == "end")
        {
            if (open.Count == 0)
            {
                throw new JsonPathException($"Invalid JSONPath template: {{end}} at position {position} has no {{range}} to close.");
            }

            CloseRange();
        }
        else if (action.StartsWith("range", StringComparison.Ordinal) && (action.Length == 5 || char.IsWhiteSpace(action[5])))
        {
            var path = action[5..].Trim();
            if (path.Length == 0)
            {
                throw new JsonPathException($"Invalid JSONPath template: {{range}} at position {position} names no path to loop over.");
            }

            open.Push((PathParser.Parse(path), []));
        }
        else
        {
            Current.Add(new PrintSegment(PathParser.Parse(action)));
        }
    }

    private void CloseRange()
    {
        var (path, body) = open.Pop();
        Current.Add(new RangeSegment(path, body));
    }
}
