using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Events.Tests.Support;

namespace GitOpsGateway.Events.Tests.Projections;

/// <summary>
/// One projection batch may hold several events of one object: a rebuild reads hundreds of events at a time, and a
/// hand-written transaction may append a creation and a change together.
/// </summary>
public sealed class CurrentResourceProjectionTests
{
    private static readonly string Stream = EventStreams.ForSource("shop");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task an_object_created_and_changed_in_one_batch_keeps_its_creation_and_its_last_manifest()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        await using (var session = events.Store.LightweightSession())
        {
            session.Events.Append(Stream, Created("{\"v\":1}"), Changed("{\"v\":2}", 2), Changed("{\"v\":3}", 3));
            await session.SaveChangesAsync(Cancellation);
        }

        await using var query = events.Store.QuerySession();
        var resource = await query.LoadAsync<CurrentResource>(CurrentResource.IdFor("shop", "Service", "shop", "web"), Cancellation);
        Assert.NotNull(resource);
        Assert.Equal(("{\"v\":3}", 3L, "web.yaml", 7), (resource.Manifest, resource.Generation, resource.File, resource.Line));
        Assert.True(resource.CreatedAt <= resource.UpdatedAt);
    }

    [Fact]
    public async Task an_object_deleted_and_created_again_in_one_batch_is_the_new_creation()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        await using (var session = events.Store.LightweightSession())
        {
            session.Events.Append(Stream, Created("{\"v\":1}"), Changed("{\"v\":2}", 2), Deleted(), Created("{\"v\":9}"));
            await session.SaveChangesAsync(Cancellation);
        }

        await using (var session = events.Store.LightweightSession())
        {
            session.Events.Append(Stream, Changed("{\"v\":10}", 2), Deleted());
            await session.SaveChangesAsync(Cancellation);
        }

        await using var query = events.Store.QuerySession();
        Assert.Null(await query.LoadAsync<CurrentResource>(CurrentResource.IdFor("shop", "Service", "shop", "web"), Cancellation));
    }

    [Fact]
    public async Task a_change_of_an_object_never_created_still_fails_loudly()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        await using var session = events.Store.LightweightSession();
        session.Events.Append(Stream, Created("{\"v\":1}"), Deleted(), Changed("{\"v\":2}", 2));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => session.SaveChangesAsync(Cancellation));

        Assert.Contains("never created", failure.Message, StringComparison.Ordinal);
    }

    private static ResourceCreated Created(string manifest) =>
        new() { Kind = "Service", Namespace = "shop", Name = "web", Generation = 1, Manifest = manifest, File = "web.yaml", Line = 1 };

    private static ResourceChanged Changed(string manifest, long generation) =>
        new() { Kind = "Service", Namespace = "shop", Name = "web", Generation = generation, Manifest = manifest, File = "web.yaml", Line = 7 };

    private static ResourceDeleted Deleted() => new() { Kind = "Service", Namespace = "shop", Name = "web", Generation = 3, File = "web.yaml" };
}
