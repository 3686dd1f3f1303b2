using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>The shape of the <c>soak</c> run: its length, how often a commit swaps the table, the faults, and wrk's bounded load.</summary>
internal sealed record SoakOptions
{
    public const string Usage =
        "usage: soak [--minutes N] [--swap-every SECONDS] [--db-outage SECONDS] [--rate REQUESTS_PER_SECOND] [--connections N]";

    public int Minutes { get; init; } = 30;

    public int SwapEverySeconds { get; init; } = 5;

    public int DatabaseOutageSeconds { get; init; } = 20;

    /// <summary>wrk's ceiling over all its connections (bench/soak.lua delays each request): a soak, not a stress test.</summary>
    public int RequestsPerSecond { get; init; } = 400;

    public int Connections { get; init; } = 8;

    public TimeSpan Duration => TimeSpan.FromMinutes(Minutes);

    public TimeSpan SwapEvery => TimeSpan.FromSeconds(SwapEverySeconds);

    public TimeSpan DatabaseOutage => TimeSpan.FromSeconds(DatabaseOutageSeconds);

    /// <summary>The node restarts at 40 % of the run and the database goes down at 60 %: both in the middle, apart.</summary>
    public TimeSpan NodeRestartAt => Duration * 0.4;

    public TimeSpan DatabaseOutageAt => Duration * 0.6;

    /// <summary>The first and last window whose memory is compared: 5 minutes, or a third of a shorter run.</summary>
    public TimeSpan MemoryWindow => TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, Duration.Ticks / 3));

    /// <summary>The pause each wrk connection makes before each request, for <see cref="RequestsPerSecond"/> in all.</summary>
    public int DelayMilliseconds => Math.Max(1, Connections * 1000 / RequestsPerSecond);

    public static bool TryParse(IReadOnlyList<string> arguments, [NotNullWhen(true)] out SoakOptions? options, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        SoakOptions? parsed = new SoakOptions();
        for (var index = 0; parsed is not null && index < arguments.Count; index += 2)
        {
            var number = index + 1 < arguments.Count && int.TryParse(arguments[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : 0;
            parsed = (arguments[index], number) switch
            {
                (_, 0) => null,
                ("--minutes", _) => parsed with { Minutes = number },
                ("--swap-every", _) => parsed with { SwapEverySeconds = number },
                ("--db-outage", _) => parsed with { DatabaseOutageSeconds = number },
                ("--rate", _) => parsed with { RequestsPerSecond = number },
                ("--connections", _) => parsed with { Connections = number },
                _ => null,
            };
        }

        options = parsed;
        error = parsed is null ? "Unknown option or bad value (positive whole numbers)." : null;
        return parsed is not null;
    }
}
