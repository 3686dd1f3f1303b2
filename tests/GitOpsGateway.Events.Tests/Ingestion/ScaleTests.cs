using System.Text;
using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Tests.Support;

namespace GitOpsGateway.Events.Tests.Ingestion;

public sealed class ScaleTests
{
    private const int Routes = 1000;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_thousand_routes_ingest_as_one_version_and_a_one_route_change_as_one_event()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var ingestor = new CommitIngestor();
        var first = Commits.Commit("many", Repository(changedRoute: -1));
        var second = Commits.Commit("one changed", Repository(changedRoute: 500), first.Sha);

        var created = Assert.Single(await ingestor.IngestAsync(events.Store, Commits.Source(), Commits.Batch(first), Cancellation));
        var changed = Assert.Single(await ingestor.IngestAsync(events.Store, Commits.Source(), Commits.Batch(second), Cancellation));

        Assert.Equal(2 + (2 * Routes), created.ResourceEvents);
        Assert.Equal(1, changed.ResourceEvents);
        Assert.Equal([1L, 2L], (await StoredEvents.VersionsAsync(events)).Select(version => version.Number));
    }

    private static Dictionary<string, string> Repository(int changedRoute)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["gateway/class.yaml"] = TestManifests.GatewayClass,
            ["gateway/edge.yaml"] = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata: {name: edge, namespace: shop}
                spec:
                  gatewayClassName: gitops
                  listeners: [{name: http, port: 80, protocol: HTTP}]
                """,
        };
        var routes = new StringBuilder();
        for (var i = 0; i < Routes; i++)
        {
            var path = i == changedRoute ? $"/changed-{i}" : $"/app-{i}";
            routes.Append($"""
                apiVersion: v1
                kind: Service
                metadata: {"{"}name: app-{i}, namespace: shop{"}"}
                spec: {"{"}ports: [{"{"}port: 8080{"}"}]{"}"}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {"{"}name: app-{i}, namespace: shop{"}"}
                spec:
                  parentRefs: [{"{"}name: edge{"}"}]
                  hostnames: [app-{i}.example.com]
                  rules:
                  - matches: [{"{"}path: {"{"}type: PathPrefix, value: {path}{"}"}{"}"}]
                    backendRefs: [{"{"}name: app-{i}, port: 8080{"}"}]
                ---

                """);
        }

        files["apps/all.yaml"] = routes.ToString();
        return files;
    }
}
