using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Events.Tests.Ingestion;

public sealed class ResourceDiffTests
{
    private static readonly DateTimeOffset Before = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Before.AddDays(1);

    private static readonly ResourceKey Web = new(ResourceKind.Service, "shop", "web");
    private static readonly ResourceKey Api = new(ResourceKind.Service, "shop", "api");

    [Fact]
    public void an_object_that_no_longer_loads_keeps_its_last_good_version()
    {
        var current = Current(("apps/web.yaml", Service("web", 80)));

        var changes = ResourceDiff.Compute(current, Load(("apps/web.yaml", Service("web", "eighty"))), Now);

        Assert.Equal(current, changes.After);
        var rejection = Assert.IsType<ManifestRejected>(Assert.Single(changes.Events));
        Assert.Equal("Service/shop/web", rejection.Resource);
        Assert.Equal("spec.ports[0].port", rejection.FieldPath);
    }

    [Fact]
    public void objects_of_a_file_with_a_yaml_error_are_kept_and_objects_of_other_files_still_change()
    {
        var current = Current(("apps/web.yaml", Service("web", 80)), ("apps/api.yaml", Service("api", 80)));

        var changes = ResourceDiff.Compute(current, Load(("apps/web.yaml", "kind: [Service"), ("apps/api.yaml", Service("api", 81))), Now);

        Assert.Equal([Api, Web], changes.After.Select(snapshot => snapshot.Key));
        Assert.Equal(2, changes.After.Single(snapshot => snapshot.Key == Api).Generation);
        Assert.Same(current.Single(snapshot => snapshot.Key == Web), changes.After.Single(snapshot => snapshot.Key == Web));
        Assert.Single(changes.Events.OfType<ResourceChanged>());
        Assert.Single(changes.Events.OfType<ManifestRejected>());
        Assert.Empty(changes.Events.OfType<ResourceDeleted>());
    }

    [Fact]
    public void an_object_removed_from_a_clean_file_is_deleted_and_a_moved_one_is_unchanged()
    {
        var current = Current(("apps/web.yaml", Service("web", 80)), ("apps/api.yaml", Service("api", 80)));

        var changes = ResourceDiff.Compute(current, Load(("apps/all.yaml", "# moved here\n" + Service("web", 80))), Now);

        var deleted = Assert.IsType<ResourceDeleted>(Assert.Single(changes.Events));
        Assert.Equal(("Service", "shop", "api", "apps/api.yaml"), (deleted.Kind, deleted.Namespace, deleted.Name, deleted.File));
        Assert.Equal("apps/web.yaml", Assert.Single(changes.After).File);
    }

    private static List<ResourceSnapshot> Current(params (string File, string Text)[] files)
    {
        var loaded = Load(files);
        return loaded.Resources.All.Select(resource => new ResourceSnapshot
        {
            Key = resource.Key,
            Manifest = loaded.Documents[resource.Key],
            Generation = 1,
            CreatedAt = Before,
            File = resource.Metadata.Location.File,
            Line = resource.Metadata.Location.Line,
        }).ToList();
    }

    private static LoadResult Load(params (string File, string Text)[] files) =>
        ManifestLoader.Default.Load(files.Select(file => new ManifestFile(file.File, file.Text)));

    private static string Service(string name, object port) => $"""
        apiVersion: v1
        kind: Service
        metadata: {"{"}name: {name}, namespace: shop{"}"}
        spec: {"{"}ports: [{"{"}port: {port}{"}"}]{"}"}
        """;
}
