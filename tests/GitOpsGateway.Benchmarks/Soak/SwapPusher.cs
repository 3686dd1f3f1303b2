using System.Globalization;
using System.Net;
using GitOpsGateway.Benchmarks.PushToServed;
using GitOpsGateway.Testing.Git;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// Every <see cref="SoakOptions.SwapEvery"/>, commits the next revision of <see cref="SoakRepository"/>, pushes it and
/// sends the webhook. A webhook the control plane cannot take (database down) is recorded, not retried: the control
/// plane's polling picks the commit up, as it would in production.
/// </summary>
internal sealed class SwapPusher(SoakClock clock, GitRemoteRepository remote, GitHubWebhook webhook, int webPort, int canaryPort)
{
    private readonly Lock gate = new();
    private readonly List<PushRecord> pushes = [];
    private int revision;

    public IReadOnlyList<PushRecord> Pushes { get { lock (gate) { return [.. pushes]; } } }

    /// <summary>The newest revision committed (the first is committed by <see cref="CommitFirstAsync"/>).</summary>
    public int Revision => Volatile.Read(ref revision);

    public async Task CommitFirstAsync(CancellationToken cancellationToken)
    {
        await CommitAsync(1, cancellationToken);
        await remote.PushAsync(cancellationToken);
        Volatile.Write(ref revision, 1);
    }

    public async Task RunAsync(TimeSpan every, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var next = Revision + 1;
                await CommitAsync(next, CancellationToken.None);
                await remote.PushAsync(CancellationToken.None);
                var pushedAt = clock.Now;
                Volatile.Write(ref revision, next);
                var answer = await WebhookAsync();
                lock (gate)
                {
                    pushes.Add(new PushRecord(next, pushedAt, answer));
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    private async Task<string> WebhookAsync()
    {
        try
        {
            var status = await webhook.SendAsync(CancellationToken.None);
            return ((int)status).ToString(CultureInfo.InvariantCulture) + (status == HttpStatusCode.Accepted ? string.Empty : " " + status);
        }
        catch (HttpRequestException exception)
        {
            return exception.HttpRequestError.ToString();
        }
        catch (TaskCanceledException)
        {
            return "no answer";
        }
    }

    private async Task CommitAsync(int number, CancellationToken cancellationToken)
    {
        var (write, delete) = SoakRepository.Files(number, webPort, canaryPort);
        foreach (var (path, content) in write)
        {
            remote.WriteFile(path, content);
        }

        foreach (var path in delete.Where(remote.FileExists))
        {
            remote.DeleteFile(path);
        }

        await remote.CommitAsync($"Soak revision {number}", cancellationToken: cancellationToken);
    }
}
