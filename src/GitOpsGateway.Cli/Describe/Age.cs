using System.Globalization;

namespace GitOpsGateway.Cli.Describe;

/// <summary>How long ago something happened, the way kubectl prints ages: 45s, 12m, 5h, 3d.</summary>
internal static class Age
{
    public static string Since(string? timestamp, DateTimeOffset now)
    {
        if (!DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var then))
        {
            return string.Empty;
        }

        var elapsed = now - then;
        return elapsed switch
        {
            { TotalSeconds: < 0 } => "0s",
            { TotalMinutes: < 2 } => string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalSeconds}s"),
            { TotalHours: < 2 } => string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalMinutes}m"),
            { TotalDays: < 2 } => string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalHours}h"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalDays}d"),
        };
    }
}
