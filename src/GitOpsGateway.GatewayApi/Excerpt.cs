using System.Globalization;
using System.Text;

namespace GitOpsGateway.GatewayApi;

/// <summary>
/// How a message quotes input: at most <see cref="MaxLength"/> characters, control characters escaped, and an
/// ellipsis where it was cut. A whole document read as one scalar, a 10 KB label or a value holding a newline
/// and an ANSI escape would otherwise flood a log line, an API answer or a terminal.
/// </summary>
public static class Excerpt
{
    public const int MaxLength = 64;

    private const char Ellipsis = '…';

    public static string Of(string? value, int maxLength = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (value is null)
        {
            return string.Empty;
        }

        // Escape until one piece past the limit, never the whole of a large value.
        var builder = new StringBuilder(Math.Min(value.Length * 2, maxLength + 8));
        var cut = -1;
        foreach (var rune in value.EnumerateRunes())
        {
            var piece = Escaped(rune);
            if (cut < 0 && builder.Length + piece.Length > maxLength - 1)
            {
                cut = builder.Length;
            }

            builder.Append(piece);
            if (builder.Length > maxLength)
            {
                return builder.ToString(0, cut) + Ellipsis;
            }
        }

        return builder.ToString();
    }

    private static string Escaped(Rune rune) => rune.Value switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ when Rune.IsControl(rune) || rune.Value is 0x2028 or 0x2029 or 0xFEFF => string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"),
        _ => rune.ToString(),
    };
}
