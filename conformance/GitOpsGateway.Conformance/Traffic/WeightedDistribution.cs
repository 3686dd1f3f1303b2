using System.Collections.Concurrent;
using System.Globalization;
using GitOpsGateway.Conformance.Cases;
using GitOpsGateway.Conformance.Cluster;

namespace GitOpsGateway.Conformance.Traffic;

/// <summary>
/// The suite's weighted-distribution check (utils/weight): 500 requests, 10 at a time, each with a random
/// <c>X-Jitter</c> header and each required to meet the row; every backend's share must be within 0.05 of its
/// weight and no other backend may answer. Up to 10 attempts, as upstream.
/// </summary>
public static class WeightedDistribution
{
    private const int TotalRequests = 500;
    private const int ConcurrentRequests = 10;
    private const double Tolerance = 0.05;
    private const int MaxAttempts = 10;

    public static async Task AssertAsync(GatewayClient client, ExpectedExchange row, IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var failures = new List<string>();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var failure = await TryOnceAsync(client, row, weights);
            if (failure is null)
            {
                return;
            }

            failures.Add($"attempt {attempt}: {failure}");
        }

        Assert.Fail("weighted distribution not met: " + string.Join("; ", failures));
    }

    private static async Task<string?> TryOnceAsync(GatewayClient client, ExpectedExchange row, IReadOnlyDictionary<string, double> weights)
    {
        var seen = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var errors = new ConcurrentBag<string>();
        await Parallel.ForAsync(
            0,
            TotalRequests,
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentRequests, CancellationToken = TestContext.Current.CancellationToken },
            async (_, cancellationToken) =>
            {
                var jittered = row with
                {
                    Request = row.Request with
                    {
                        Headers = new Dictionary<string, string> { ["X-Jitter"] = Random.Shared.Next().ToString(CultureInfo.InvariantCulture) },
                    },
                };
                var captured = await client.SendAsync(jittered, cancellationToken);
                if (ExchangeComparison.Mismatch(jittered, captured) is { } mismatch)
                {
                    errors.Add(mismatch);
                    return;
                }

                var backend = captured.Echo is { } echo ? EchoPool.Identity(echo).Pod[..^"-local".Length] : string.Empty;
                seen.AddOrUpdate(backend, 1, (_, count) => count + 1);
            });
        if (!errors.IsEmpty)
        {
            return "a request did not meet the row: " + errors.First();
        }

        var unexpected = seen.Keys.Where(backend => !weights.ContainsKey(backend)).ToList();
        if (unexpected.Count > 0)
        {
            return "answered by unexpected backends: " + string.Join(", ", unexpected);
        }

        var off = weights
            .Select(pair => (pair.Key, Want: pair.Value, Got: seen.GetValueOrDefault(pair.Key) / (double)TotalRequests))
            .Where(share => Math.Abs(share.Got - share.Want) > Tolerance)
            .Select(share => $"{share.Key} got {share.Got:0.000}, want {share.Want:0.000} +/-{Tolerance}")
            .ToList();
        return off.Count == 0 ? null : string.Join(", ", off);
    }
}
