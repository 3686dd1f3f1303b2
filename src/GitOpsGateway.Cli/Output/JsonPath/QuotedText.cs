using System.Globalization;
using System.Text;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>Quoted strings inside a template (<c>{"\n"}</c>, <c>'key'</c>, filter literals) and scanning that skips them.</summary>
internal static class QuotedText
{
    public static bool IsQuote(char character) => character is '"' or '\'';

    /// <summary>The first index at or after <paramref name="start"/> whose character satisfies <paramref name="stop"/> outside quotes; -1 when none.</summary>
    public static int IndexOutsideQuotes(string text, int start, Func<char, bool> stop)
    {
        char? quote = null;
        for (var index = start; index < text.Length; index++)
        {
            var character = text[index];
            if (quote is not null)
            {
                if (character == '\\')
                {
                    index++;
                }
                else if (character == quote)
                {
                    quote = null;
                }
            }
            else if (IsQuote(character))
            {
                quote = character;
            }
            else if (stop(character))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>True when the whole text is one quoted string.</summary>
    public static bool IsQuoted(string text) =>
        text.Length >= 2 && IsQuote(text[0]) && ClosingQuote(text) == text.Length - 1;

    /// <summary>The text between the quotes with its escapes (<c>\n \t \r \\ \" \' \uXXXX</c> and the like) resolved.</summary>
    public static string Unquote(string quoted)
    {
        var builder = new StringBuilder(quoted.Length);
        for (var index = 1; index < quoted.Length - 1; index++)
        {
            var character = quoted[index];
            if (character != '\\')
            {
                builder.Append(character);
                continue;
            }

            index++;
            var escaped = index < quoted.Length - 1 ? quoted[index] : throw new JsonPathException($"{quoted} ends with a lone backslash.");
            builder.Append(escaped switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'a' => '\a',
                'b' => '\b',
                'f' => '\f',
                'v' => '\v',
                '0' => '\0',
                '\\' or '"' or '\'' or '/' => escaped,
                'u' => Hex(quoted, ref index),
                _ => throw new JsonPathException($"\\{escaped} in {quoted} is not a known escape."),
            });
        }

        return builder.ToString();
    }

    private static int ClosingQuote(string text)
    {
        for (var index = 1; index < text.Length; index++)
        {
            if (text[index] == '\\')
            {
                index++;
            }
            else if (text[index] == text[0])
            {
                return index;
            }
        }

        return -1;
    }

    private static char Hex(string quoted, ref int index)
    {
        var digits = index + 4 < quoted.Length ? quoted.Substring(index + 1, 4) : string.Empty;
        if (!ushort.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw new JsonPathException($"\\u in {quoted} must be followed by four hexadecimal digits.");
        }

        index += 4;
        return (char)code;
    }
}
