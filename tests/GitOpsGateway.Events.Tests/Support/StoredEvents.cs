using GitOpsGateway.Events.Storage;
using JasperFx.Events;
using Marten;

namespace GitOpsGateway.Events.Tests.Support;

/// <summary>Reads streams back for assertions.</summary>
internal static class StoredEvents
{
    public static async Task<IReadOnlyList<IEvent>> SourceAsync(TestEventStore events, string source = "shop")
    {
        await using var session = events.Store.QuerySession();
        return await session.Events.FetchStreamAsync(EventStreams.ForSource(source), token: TestContext.Current.CancellationToken);
    }

    public static async Task<IReadOnlyList<RouteTableVersionPublished>> VersionsAsync(TestEventStore events)
    {
        await using var session = events.Store.QuerySession();
        var stream = await session.Events.FetchStreamAsync(EventStreams.RouteTableVersions, token: TestContext.Current.CancellationToken);
        return stream.Select(@event => (RouteTableVersionPublished)@event.Data).ToList();
    }

    public static IEnumerable<T> Data<T>(this IEnumerable<IEvent> stream) => stream.Select(@event => @event.Data).OfType<T>();
}
