using System.Diagnostics;
using GitOpsGateway.NodeFeed.Client;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.NodeFeed.Tests.Support;

/// <summary>A <see cref="FeedSubscriber"/> running in the background whose apply callback records what it received.</summary>
internal sealed class TestNode : IAsyncDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly CancellationTokenSource stop = new();
    private readonly Func<FeedVersion, ApplyOutcome> decide;
    private readonly Task running;

    private TestNode(FeedSubscriberOptions options, Func<FeedVersion, ApplyOutcome>? decide)
    {
        this.decide = decide ?? (_ => ApplyOutcome.Success());
        Subscriber = new FeedSubscriber(http, options, ApplyAsync);
        running = Subscriber.RunAsync(stop.Token);
    }

    public FeedSubscriber Subscriber { get; }

    /// <summary>Every version handed to the callback, with the <see cref="Stopwatch"/> timestamp of the call.</summary>
    public Recorded<(FeedVersion Version, long Timestamp)> Received { get; } = new();

    public static TestNode Start(
        Uri feedBase,
        string nodeId,
        string token = FeedServer.NodeToken,
        string? stateDirectory = null,
        NamespacedName? gateway = null,
        Func<FeedVersion, ApplyOutcome>? decide = null,
        Func<FeedSubscriberOptions, FeedSubscriberOptions>? adjust = null) =>
        new(
            (adjust ?? (options => options))(new FeedSubscriberOptions
            {
                ControlPlane = feedBase,
                Gateway = gateway ?? SampleVersions.Edge,
                NodeId = nodeId,
                NodeToken = token,
                StateDirectory = stateDirectory,
                InitialReconnectDelay = TimeSpan.FromMilliseconds(50),
                MaxReconnectDelay = TimeSpan.FromMilliseconds(400),
            }),
            decide);

    public Task<(FeedVersion Version, long Timestamp)> WaitForVersionAsync(long version, TimeSpan? timeout = null) =>
        Received.WaitForAsync(entry => entry.Version.Version == version, timeout);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await running;
        stop.Dispose();
        http.Dispose();
    }

    private Task<ApplyOutcome> ApplyAsync(FeedVersion version, CancellationToken cancellationToken)
    {
        Received.Add((version, Stopwatch.GetTimestamp()));
        return Task.FromResult(decide(version));
    }
}
