using System.Globalization;

namespace GitOpsGateway.GatewayApi;

/// <summary>
/// Gateway API durations (GEP-2257): one to four groups of 1-5 digits followed by h, m, s or ms, e.g. "1h30m",
/// "500ms". "0s" means "disabled" where the spec says so.
/// </summary>
public static class GatewayDuration
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var position = 0;
        var groups = 0;
        var total = 0L;
        while (position < text.Length)
        {
            var digitsStart = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            var digits = position - digitsStart;
            if (digits is 0 or > 5 || ++groups > 4)
            {
                return false;
            }

            var amount = long.Parse(text.AsSpan(digitsStart, digits), NumberStyles.None, CultureInfo.InvariantCulture);
            long? unit = position >= text.Length ? null : text[position] switch
            {
                'h' => TimeSpan.TicksPerHour,
                's' => TimeSpan.TicksPerSecond,
                'm' when position + 1 < text.Length && text[position + 1] == 's' => TimeSpan.TicksPerMillisecond,
                'm' => TimeSpan.TicksPerMinute,
                _ => null,
            };
            if (unit is null)
            {
                return false;
            }

            position += unit == TimeSpan.TicksPerMillisecond ? 2 : 1;
            total += amount * unit.Value;
        }

        duration = TimeSpan.FromTicks(total);
        return true;
    }
}
