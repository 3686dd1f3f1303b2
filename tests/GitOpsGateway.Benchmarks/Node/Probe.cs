using System.Net;

namespace GitOpsGateway.Benchmarks.Node;

/// <summary>
/// Checks, before anything is timed, that a proxy routes what the benchmark claims: each route's host and path
/// reach the backend, and an unknown host does not. A proxy answering 404 to everything would be fast and wrong.
/// </summary>
internal static class Probe
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(1) })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    public static async Task<HttpStatusCode?> StatusAsync(int port, string host, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{port}{path}"));
        request.Headers.Host = host;
        try
        {
            using var response = await Client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.StatusCode == HttpStatusCode.OK && body != FixedBodyBackend.Body ? HttpStatusCode.BadGateway : response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Waits for <paramref name="host"/> to be forwarded to the backend (a proxy may still be loading its routes).</summary>
    public static async Task WaitUntilRoutedAsync(Proxy proxy, string host, string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        HttpStatusCode? last = null;
        try
        {
            while ((last = await StatusAsync(proxy.Port, host, path, deadline.Token)) != HttpStatusCode.OK && !proxy.Process.HasExited)
            {
                await poll.WaitForNextTickAsync(deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Reported below with the last status.
        }

        if (last != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{proxy.Name} did not forward {host}{path} within {timeout} (last: {last?.ToString() ?? "no answer"}):\n{proxy.Process.Output}");
        }
    }

    public static async Task ExpectAsync(Proxy proxy, string host, string path, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var status = await StatusAsync(proxy.Port, host, path, cancellationToken);
        if (status != expected)
        {
            throw new InvalidOperationException($"{proxy.Name} answered {host}{path} with {status?.ToString() ?? "no answer"}, expected {expected}.");
        }
    }
}
