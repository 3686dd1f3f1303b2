using System.Globalization;

namespace GitOpsGateway.Testing.Echo;

/// <summary>Parses durations written as Go writes them: <c>500ms</c>, <c>1s</c>, <c>1.5s</c>, <c>1m30s</c>.</summary>
internal static class GoDuration
{
    private static readonly (string Unit, double Milliseconds)[] Units =
    [
        ("ns", 1e-6), ("us", 1e-3), ("µs", 1e-3), ("ms", 1), ("s", 1_000), ("m", 60_000), ("h", 3_600_000),
    ];

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text == "0")
        {
            return true;
        }

        var milliseconds = 0.0;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var numberLength = 0;
            while (numberLength < rest.Length && (char.IsAsciiDigit(rest[numberLength]) || rest[numberLength] == '.'))
            {
                numberLength++;
            }

            if (numberLength == 0
                || !double.TryParse(rest[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            rest = rest[numberLength..];
            var unitLength = 0;
            while (unitLength < rest.Length && !char.IsAsciiDigit(rest[unitLength]) && rest[unitLength] != '.')
            {
                unitLength++;
            }

            var unit = rest[..unitLength].ToString();
            var match = Array.FindIndex(Units, candidate => candidate.Unit == unit);
            if (match < 0)
            {
                return false;
            }

            milliseconds += amount * Units[match].Milliseconds;
            rest = rest[unitLength..];
        }

        duration = TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }
}
