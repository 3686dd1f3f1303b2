using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace GitOpsGateway.FaultInjection.Tests.Support;

/// <summary>
/// Real HTTP through a node to a route, sent continuously while a fault runs: every answer other than 200 (or no
/// answer within the timeout) is counted with its time and reason.
/// </summary>
internal sealed class TrafficProbe : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(10) }) { Timeout = TimeSpan.FromSeconds(5) };
    private readonly CancellationTokenSource stop = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<string> failures = [];
    private readonly Uri url;
    private readonly string host;
    private Task? loop;
    private long succeeded;
    private volatile bool paused;

    private TrafficProbe(int nodePort, string host, string path)
    {
        url = new Uri($"http://127.0.0.1:{nodePort}{path}");
        this.host = host;
    }

    public static TrafficProbe Start(int nodePort, string host, string path = "/")
    {
        var probe = new TrafficProbe(nodePort, host, path);
        probe.loop = Task.Run(probe.RunAsync);
        return probe;
    }

    /// <summary>Stops sending until <see cref="Resume"/>: for a window in which the route is meant not to serve.</summary>
    public void Pause() => paused = true;

    public void Resume() => paused = false;

    /// <summary>Stops sending and says what happened.</summary>
    public async Task<TrafficReport> StopAsync()
    {
        await stop.CancelAsync();
        if (loop is not null)
        {
            await loop;
        }

        lock (failures)
        {
            return new TrafficReport(host, Interlocked.Read(ref succeeded), [.. failures]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        client.Dispose();
        stop.Dispose();
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                if (!paused)
                {
                    await SendOneAsync();
                }
            }
            while (await timer.WaitForNextTickAsync(stop.Token));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    private async Task SendOneAsync()
    {
        var at = clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        try
        {
            using var response = await client.SendAsync(request, CancellationToken.None);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Interlocked.Increment(ref succeeded);
                return;
            }

            Fail($"{at}s: {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Fail($"{at}s: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private void Fail(string what)
    {
        lock (failures)
        {
            failures.Add(what);
        }
    }
}
