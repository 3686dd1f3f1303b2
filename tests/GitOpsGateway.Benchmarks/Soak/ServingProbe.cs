using System.Globalization;
using System.Text.Json;
using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// The second client beside wrk: one request at a time to the route every version has, every 20 ms, recording every
/// failure with its time and reason, and when each revision was first served (a response carries the
/// <see cref="SoakRepository.RevisionHeader"/> the table's filter set, so revision N served means the node swapped to it).
/// </summary>
internal sealed class ServingProbe(SoakClock clock, Func<int> nodePort)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly HttpClient client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) }) { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Lock gate = new();
    private readonly List<RequestFailure> failures = [];
    private readonly Dictionary<int, TimeSpan> firstServed = [];
    private readonly List<(TimeSpan At, int Newest, int Served)> regressions = [];
    private readonly List<TimeSpan> sent = [];
    private int newest;

    /// <summary>When each request was sent (~50 a second: 90,000 for 30 minutes), to count them per window.</summary>
    public IReadOnlyList<TimeSpan> Sent { get { lock (gate) { return [.. sent]; } } }

    public IReadOnlyList<RequestFailure> Failures { get { lock (gate) { return [.. failures]; } } }

    /// <summary>Older revisions served after a newer one (a node going back in time), when and which.</summary>
    public IReadOnlyList<(TimeSpan At, int Newest, int Served)> Regressions { get { lock (gate) { return [.. regressions]; } } }

    /// <summary>The newest revision served so far.</summary>
    public int Newest { get { lock (gate) { return newest; } } }

    /// <summary>When a response first carried <paramref name="revision"/> or a later one, or null if none did yet.</summary>
    public TimeSpan? FirstServed(int revision) { lock (gate) { return firstServed.TryGetValue(revision, out var at) ? at : null; } }

    public async Task RunAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                await ProbeOnceAsync(stop);
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    private async Task ProbeOnceAsync(CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{nodePort().ToString(CultureInfo.InvariantCulture)}/probe"));
        request.Headers.Host = SoakRepository.Host;
        var at = clock.Now;
        string? failure;
        try
        {
            using var response = await client.SendAsync(request, stop);
            var revision = response.IsSuccessStatusCode ? (await EchoResponse.ReadAsync(response, stop)).Header(SoakRepository.RevisionHeader) : null;
            failure = !response.IsSuccessStatusCode ? $"status {(int)response.StatusCode}"
                : int.TryParse(revision, NumberStyles.None, CultureInfo.InvariantCulture, out var served) ? Served(served, clock.Now)
                : $"status 200 without a {SoakRepository.RevisionHeader}";
        }
        catch (HttpRequestException exception)
        {
            failure = $"{exception.HttpRequestError}: {exception.InnerException?.Message ?? exception.Message}";
        }
        catch (TaskCanceledException) when (!stop.IsCancellationRequested)
        {
            failure = $"no answer within {client.Timeout.TotalSeconds:F0} s";
        }
        catch (JsonException)
        {
            failure = "status 200 with a body that is not the echo backend's";
        }

        lock (gate)
        {
            sent.Add(at);
            if (failure is not null)
            {
                failures.Add(new RequestFailure(at, failure));
            }
        }
    }

    /// <summary>Records a served revision; never a failure (an old revision is a regression, reported apart).</summary>
    private string? Served(int revision, TimeSpan at)
    {
        lock (gate)
        {
            if (revision < newest)
            {
                regressions.Add((at, newest, revision));
            }

            for (var next = newest + 1; next <= revision; next++)
            {
                firstServed[next] = at;
            }

            newest = Math.Max(newest, revision);
        }

        return null;
    }
}
