using System.Text;

namespace GitOpsGateway.Sources.Git;

/// <summary>
/// Exponential backoff with a cap and jitter that is a pure function of a seed and the attempt number, so a
/// schedule is reproducible in tests while different seeds (e.g. different sources) do not retry in lockstep.
/// Jitter only shortens a delay: no delay ever exceeds <see cref="MaxDelay"/>.
/// </summary>
public sealed class RetryBackoff
{
    public RetryBackoff(TimeSpan initialDelay, TimeSpan maxDelay, int seed, double multiplier = 2.0, double jitterFraction = 0.2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initialDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, initialDelay);
        ArgumentOutOfRangeException.ThrowIfLessThan(multiplier, 1.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(jitterFraction, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jitterFraction, 1.0);
        InitialDelay = initialDelay;
        MaxDelay = maxDelay;
        Seed = seed;
        Multiplier = multiplier;
        JitterFraction = jitterFraction;
    }

    public TimeSpan InitialDelay { get; }

    public TimeSpan MaxDelay { get; }

    public int Seed { get; }

    public double Multiplier { get; }

    /// <summary>The largest share of a delay that jitter may remove (0 = none, 0.2 = up to 20 % shorter).</summary>
    public double JitterFraction { get; }

    /// <summary>One second doubling up to five minutes, jitter up to 20 %, seeded from the source name.</summary>
    public static RetryBackoff ForSource(string sourceName) =>
        new(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), StableSeed(sourceName));

    /// <summary>A seed that is the same in every process for the same text (unlike <see cref="string.GetHashCode()"/>).</summary>
    public static int StableSeed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const uint offsetBasis = 2166136261;
        const uint prime = 16777619;
        var hash = offsetBasis;
        foreach (var value in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ value) * prime;
        }

        return unchecked((int)hash);
    }

    /// <summary>The wait before the next try, after <paramref name="attempt"/> consecutive failures (1 = the first).</summary>
    public TimeSpan DelayFor(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);

        // Doubles overflow to infinity rather than wrapping, so the cap below holds for any attempt number.
        var exponential = InitialDelay.Ticks * Math.Pow(Multiplier, attempt - 1);
        var capped = Math.Min(exponential, MaxDelay.Ticks);
        var jittered = capped * (1.0 - (JitterFraction * UnitInterval(Seed, attempt)));
        return TimeSpan.FromTicks((long)jittered);
    }

    /// <summary>SplitMix64 of (seed, attempt) mapped to [0, 1): well spread, stateless, identical on every machine.</summary>
    private static double UnitInterval(int seed, int attempt)
    {
        var mixed = unchecked(((ulong)(uint)seed << 32) | (uint)attempt) + 0x9E3779B97F4A7C15UL;
        mixed = unchecked((mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9UL);
        mixed = unchecked((mixed ^ (mixed >> 27)) * 0x94D049BB133111EBUL);
        mixed ^= mixed >> 31;
        return (mixed >> 11) * (1.0 / (1UL << 53));
    }
}
