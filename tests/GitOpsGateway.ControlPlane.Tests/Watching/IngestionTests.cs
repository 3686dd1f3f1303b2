using GitOpsGateway.Testing.Manifests;
using System.Text.Json.Nodes;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Events;
using GitOpsGateway.Testing.Git;

namespace GitOpsGateway.ControlPlane.Tests.Watching;

/// <summary>The real executable polling a real bare repository: what pushes turn into, read back through the admin API and the event store.</summary>
public sealed class IngestionTests
{
    private static readonly GitAuthor Ada = new("Ada Lovelace", "ada@example.com");

    [Fact]
    public async Task a_push_yields_a_version_whose_provenance_names_the_commit_author_and_message()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();

        var sha = await scenario.Remote.PushValidRepositoryAsync("Add the shop gateway\n\nFirst route.", Ada);
        await controlPlane.WaitForIngestedAsync(sha);

        var active = await controlPlane.GetJsonAsync("/api/v1/versions/active");
        var number = (long)active["version"]!["number"]!;
        var version = await controlPlane.GetJsonAsync($"/api/v1/versions/{number}");
        Assert.Equal(sha, (string?)version["provenance"]!["commitSha"]);
        Assert.Equal(ControlPlaneOptions.SourceName, (string?)version["provenance"]!["source"]);
        Assert.Equal(sha, (string?)version["commit"]!["sha"]);
        Assert.Equal("Ada Lovelace", (string?)version["commit"]!["author"]!["name"]);
        Assert.Equal("ada@example.com", (string?)version["commit"]!["author"]!["email"]);
        Assert.StartsWith("Add the shop gateway", (string?)version["commit"]!["message"], StringComparison.Ordinal);
        Assert.Equal("shop/edge", (string?)version["tables"]!.AsArray().Single()!["gateway"]);
        var route = (await controlPlane.GetJsonAsync("/api/v1/resources?kind=HTTPRoute&namespace=shop")).AsArray().Single()!;
        Assert.Equal("web", (string?)route["name"]);
        Assert.Equal(number, (long?)route["versionNumber"]);
        Assert.NotNull(route["status"]!["parents"]);
    }

    [Fact]
    public async Task a_commit_that_changes_nothing_compiled_yields_no_new_version()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        var first = await scenario.Remote.PushValidRepositoryAsync();
        await controlPlane.WaitForIngestedAsync(first);

        var relabelled = await scenario.Remote.PushAsync("Relabel the service", new Dictionary<string, string> { ["service.yaml"] = ShopManifests.Service("payments") });
        await controlPlane.WaitForIngestedAsync(relabelled);

        var versions = (await controlPlane.GetJsonAsync("/api/v1/versions"))["items"]!.AsArray();
        Assert.Equal(first, (string?)Assert.Single(versions)!["provenance"]!["commitSha"]);
        var service = (await controlPlane.GetJsonAsync("/api/v1/resources?kind=Service")).AsArray().Single()!;
        Assert.Equal(relabelled, (string?)service["commitSha"]);
        Assert.Equal(2, (long?)(await controlPlane.SourceAsync())["ingestedCount"]);
    }

    [Fact]
    public async Task a_malformed_file_is_recorded_as_a_rejection_while_the_valid_objects_version()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        await controlPlane.WaitForIngestedAsync(await scenario.Remote.PushValidRepositoryAsync());

        var mixed = await scenario.Remote.PushAsync("Add a route and a broken file", new Dictionary<string, string>
        {
            ["broken.yaml"] = ShopManifests.Malformed,
            ["api-route.yaml"] = ShopManifests.Route("api", "/api"),
        });
        await controlPlane.WaitForIngestedAsync(mixed);

        var active = await controlPlane.GetJsonAsync("/api/v1/versions/active");
        Assert.Equal(mixed, (string?)active["version"]!["provenance"]!["commitSha"]);
        var routes = (await controlPlane.GetJsonAsync("/api/v1/resources?kind=HTTPRoute")).AsArray().Select(route => (string?)route!["name"]).ToList();
        Assert.Equal(["api", "web"], routes);
        var rejection = Assert.Single((await scenario.Events.SourceStreamAsync()).Select(@event => @event.Data).OfType<ManifestRejected>());
        Assert.Equal("broken.yaml", rejection.File);
    }

    [Fact]
    public async Task three_quick_pushes_are_all_ingested_in_order_once_each()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        await controlPlane.WaitForIngestedAsync(await scenario.Remote.PushValidRepositoryAsync());

        var pushed = new List<string>();
        foreach (var path in (string[])["/one", "/two", "/three"])
        {
            pushed.Add(await scenario.Remote.PushAsync("Route to " + path, new Dictionary<string, string> { ["route.yaml"] = ShopManifests.Route(path: path) }));
        }

        await controlPlane.WaitForIngestedAsync(pushed[^1]);
        var ingested = await scenario.Events.IngestedShasAsync();
        Assert.Equal(pushed, ingested.Skip(1));
        var versions = (await controlPlane.GetJsonAsync("/api/v1/versions?pageSize=10"))["items"]!.AsArray();
        Assert.Equal(pushed.AsEnumerable().Reverse(), versions.Take(3).Select(version => (string?)version!["provenance"]!["commitSha"]));
    }

    [Fact]
    public async Task a_force_push_is_recorded_and_the_new_tip_ingested()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        var first = await scenario.Remote.PushValidRepositoryAsync();
        var second = await scenario.Remote.PushAsync("Route to /old", new Dictionary<string, string> { ["route.yaml"] = ShopManifests.Route(path: "/old") });
        await controlPlane.WaitForIngestedAsync(second);

        await scenario.Remote.ResetHardAsync(first, TestContext.Current.CancellationToken);
        scenario.Remote.WriteFile($"{TestRepository.Folder}/route.yaml", ShopManifests.Route(path: "/new"));
        var rewritten = await scenario.Remote.CommitAsync("Route to /new instead", cancellationToken: TestContext.Current.CancellationToken);
        await scenario.Remote.ForcePushAsync(TestContext.Current.CancellationToken);
        await controlPlane.WaitForIngestedAsync(rewritten);

        var forcePush = Assert.Single((await scenario.Events.SourceStreamAsync()).Select(@event => @event.Data).OfType<ForcePushDetected>());
        Assert.Equal(second, forcePush.PreviousSha);
        Assert.Equal(rewritten, forcePush.NewSha);
        var route = (await controlPlane.GetJsonAsync("/api/v1/resources?kind=HTTPRoute")).AsArray().Single()!;
        Assert.Contains("/new", route["manifest"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(rewritten, (string?)(await controlPlane.GetJsonAsync("/api/v1/versions/active"))["version"]!["provenance"]!["commitSha"]);
    }
}
