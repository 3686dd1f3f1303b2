using System.Text;

namespace GitOpsGateway.Routing.Matching;

/// <summary>
/// The literal text every match of a pattern starts with, read conservatively from the pattern's source: a
/// cheap <c>StartsWith</c> then spares most requests the regular expression, which matters because a path
/// pattern is a candidate for every request to its host.
/// </summary>
internal static class LiteralPrefix
{
    private const string Special = @"\^$.|?*+()[]{}# ";

    /// <summary>Empty when nothing can be promised, e.g. for any pattern with an alternation.</summary>
    public static string Of(string pattern)
    {
        if (pattern.Contains('|', StringComparison.Ordinal))
        {
            return "";
        }

        var prefix = new StringBuilder();
        for (var index = 0; index < pattern.Length && !Special.Contains(pattern[index], StringComparison.Ordinal); index++)
        {
            var next = index + 1 < pattern.Length ? pattern[index + 1] : '\0';
            if (next is '?' or '*' or '{')
            {
                break;
            }

            prefix.Append(pattern[index]);
            if (next == '+')
            {
                break;
            }
        }

        return prefix.ToString();
    }
}
