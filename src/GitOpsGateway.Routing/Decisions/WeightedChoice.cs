using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;

namespace GitOpsGateway.Routing.Decisions;

/// <summary>
/// Splits traffic across a rule's backends by weight. Pure: the caller supplies the random number, so tests
/// and the data plane pick the same way. Invalid backends keep their share (answered with 500 by the caller, as
/// the Gateway API requires); weight 0 is never picked.
/// </summary>
public static class WeightedChoice
{
    /// <summary>The index of the picked backend, or -1 when no backend has a positive weight.</summary>
    /// <param name="random">Uniform in [0, 1), e.g. <see cref="Random.NextDouble"/>.</param>
    public static int Pick(EquatableArray<Backend> backends, double random)
    {
        if (!(random is >= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(random), random, "Expected a number in [0, 1).");
        }

        long total = 0;
        foreach (var backend in backends)
        {
            total += Math.Max(backend.Weight, 0);
        }

        if (total == 0)
        {
            return -1;
        }

        // Rounding can bring random * total up to total itself when random is just below 1.
        var target = Math.Min((long)(random * total), total - 1);
        for (var index = 0; index < backends.Count; index++)
        {
            var weight = Math.Max(backends[index].Weight, 0);
            if (target < weight)
            {
                return index;
            }

            target -= weight;
        }

        return -1;
    }
}
