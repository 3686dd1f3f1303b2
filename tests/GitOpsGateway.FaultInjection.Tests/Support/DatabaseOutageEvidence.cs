using System.Net;

namespace GitOpsGateway.FaultInjection.Tests.Support;

/// <summary>What a control plane must say while its database is away: readiness and the admin API name the database.</summary>
internal static class DatabaseOutageEvidence
{
    /// <summary>
    /// Waits until <c>/readyz</c> answers 503 naming the database, then checks the sources listing gives a reason too;
    /// returns what is missing, or null.
    /// </summary>
    public static async Task<string?> CheckVisibleAsync(ControlPlaneProcess controlPlane)
    {
        var lastReadiness = string.Empty;
        try
        {
            await Eventually.WaitForAsync(
                async () =>
                {
                    using var response = await controlPlane.Anonymous.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);
                    lastReadiness = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}";
                    return response.StatusCode == HttpStatusCode.ServiceUnavailable && NamesDatabase(lastReadiness);
                },
                "readiness to name the database outage",
                TimeSpan.FromSeconds(30),
                TimeSpan.FromMilliseconds(200));
        }
        catch (TimeoutException timeout)
        {
            return $"{timeout.Message} Last /readyz: {lastReadiness}";
        }

        using var sources = await controlPlane.Admin.GetAsync(new Uri("/api/v1/sources", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await sources.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return NamesDatabase(body) && (sources.IsSuccessStatusCode || sources.StatusCode == HttpStatusCode.ServiceUnavailable)
            ? null
            : $"GET /api/v1/sources during the database outage should answer with the reason (200 with the error, or 503 naming the database); it answered {(int)sources.StatusCode}: {Shorten(body)}";
    }

    public static bool NamesDatabase(string text) =>
        text.Contains("database", StringComparison.OrdinalIgnoreCase) || text.Contains("postgres", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
