using System.Net;
using GitOpsGateway.ControlPlane.Tests.Support;

namespace GitOpsGateway.ControlPlane.Tests.Resilience;

/// <summary>Polls a control plane through a database outage: alive, <c>/healthz</c> 200 and <c>/readyz</c> 503 at every poll.</summary>
internal static class OutageProbe
{
    /// <returns>The texts of the 503 answers.</returns>
    public static async Task<List<string>> WatchAsync(ControlPlaneProcess controlPlane, TimeSpan outage)
    {
        var reasons = new List<string>();
        var until = DateTimeOffset.UtcNow + outage;
        while (DateTimeOffset.UtcNow < until)
        {
            Assert.False(controlPlane.Process.HasExited, $"the control plane exited with {(controlPlane.Process.HasExited ? controlPlane.Process.ExitCode : 0)} while the database was down:\n{controlPlane.Process.Output}");
            using var health = await controlPlane.Anonymous.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            var (status, text) = await ReadyAsync(controlPlane);
            Assert.True(status == HttpStatusCode.ServiceUnavailable, $"/readyz answered {(int)status} while the database was down: {text}");
            reasons.Add(text);
            await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        }

        return reasons;
    }

    public static async Task<(HttpStatusCode Status, string Text)> ReadyAsync(ControlPlaneProcess controlPlane)
    {
        using var response = await controlPlane.Anonymous.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
