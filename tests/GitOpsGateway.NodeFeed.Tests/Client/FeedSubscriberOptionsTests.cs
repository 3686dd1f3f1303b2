using GitOpsGateway.NodeFeed.Client;
using GitOpsGateway.NodeFeed.Tests.Support;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.NodeFeed.Tests.Client;

public sealed class FeedSubscriberOptionsTests
{
    private static readonly FeedSubscriberOptions Valid = new()
    {
        ControlPlane = new Uri("http://127.0.0.1:1/api/v1/nodes/"),
        Gateway = SampleVersions.Edge,
        NodeId = "node-a",
        NodeToken = "token",
    };

    public static TheoryData<string, FeedSubscriberOptions> Invalid { get; } = new()
    {
        { "relative control plane address", Valid with { ControlPlane = new Uri("/api/v1/nodes/", UriKind.Relative) } },
        { "gateway that is not a Kubernetes name", Valid with { Gateway = new NamespacedName { Namespace = "infra", Name = "Edge_1" } } },
        { "node id with a space", Valid with { NodeId = "node a" } },
        { "empty token", Valid with { NodeToken = " " } },
        { "no idle timeout", Valid with { IdleTimeout = TimeSpan.Zero } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void a_subscriber_refuses_options_it_could_never_connect_with(string problem, FeedSubscriberOptions options)
    {
        using var http = new HttpClient();

        var failure = Assert.ThrowsAny<ArgumentException>(() => new FeedSubscriber(http, options, (_, _) => Task.FromResult(ApplyOutcome.Success())));

        Assert.False(string.IsNullOrEmpty(failure.Message), problem);
    }
}
