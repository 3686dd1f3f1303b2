using System.Security.Cryptography;
using System.Text;
using GitOpsGateway.Audit.Queries;
using GitOpsGateway.Audit.Tests.Support;
using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.Sources;

namespace GitOpsGateway.Audit.Tests.Queries;

public sealed class CrossSourceVersionDiffTests
{
    private static readonly CommitSignature Ada = new("Ada Lovelace", "ada@example.com", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_gateway_of_another_source_is_compared_as_it_stood_at_each_version_and_a_removed_gateway_loses_everything()
    {
        await using var audit = await AuditStore.CreateAsync(Cancellation);
        var ingestor = new CommitIngestor();
        var shop = new SourceDefinition { Name = "shop", Repository = "/srv/git/shop.git" };
        var admin = new SourceDefinition { Name = "admin", Repository = "/srv/git/admin.git" };
        await IngestAsync(ingestor, audit, shop, "shop v1", ShopFiles(path: "/"));
        await IngestAsync(ingestor, audit, admin, "admin v2", AdminFiles(withGateway: true));
        await IngestAsync(ingestor, audit, shop, "shop v3", ShopFiles(path: "/store"));
        await IngestAsync(ingestor, audit, admin, "admin v4", AdminFiles(withGateway: false));
        await using var session = audit.Store.QuerySession();

        var oneToThree = await AuditQueries.VersionDiffAsync(session, 1, 3, null, null, Cancellation);
        var twoToThree = await AuditQueries.VersionDiffAsync(session, 2, 3, null, null, Cancellation);
        var threeToFour = await AuditQueries.VersionDiffAsync(session, 3, 4, "admin/internal", null, Cancellation);

        Assert.Equal(
            ["admin/internal - -> 2, 1 changes", "shop/edge 1 -> 3, 1 changes"],
            oneToThree!.Gateways.Select(Summary));
        Assert.Equal(
            [
                "admin/internal Added Listener | listener admin added: HTTP :8081 *",
                "shop/edge Changed Rule | rule http:80 shop.example.com HTTPRoute shop/web rule 0 match 0 changed: match PathPrefix / -> PathPrefix /store",
            ],
            AnswerText.Of(oneToThree.Changes.Items));
        Assert.Equal(
            ["admin/internal 2 -> 2, 0 changes", "shop/edge 1 -> 3, 1 changes"],
            twoToThree!.Gateways.Select(Summary));
        Assert.Equal(
            ["shop/edge Changed Rule | rule http:80 shop.example.com HTTPRoute shop/web rule 0 match 0 changed: match PathPrefix / -> PathPrefix /store"],
            AnswerText.Of(twoToThree.Changes.Items));
        Assert.Equal(["admin/internal 2 -> -, 1 changes"], threeToFour!.Gateways.Select(Summary));
        Assert.Equal(
            ["admin/internal Removed Listener | listener admin removed: HTTP :8081 *"],
            AnswerText.Of(threeToFour.Changes.Items));
        Assert.Null(threeToFour.Gateways[0].ToHash);
    }

    private static string Summary(GatewayComparison gateway) =>
        $"{gateway.Gateway} {gateway.FromTableVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} -> "
        + $"{gateway.ToTableVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, {gateway.Changes} changes";

    private static async Task IngestAsync(CommitIngestor ingestor, AuditStore audit, SourceDefinition source, string message, Dictionary<string, string> files)
    {
        var commit = new SourceCommit
        {
            Sha = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(source.Name + message))),
            ParentShas = [],
            Author = Ada,
            Committer = Ada,
            Message = message,
            Files = files.Select(file => new ManifestFile(file.Key, file.Value)).ToList(),
        };
        var outcome = Assert.Single(await ingestor.IngestAsync(audit.Store, source, new IngestBatch([commit], null), Cancellation));
        Assert.NotNull(outcome.Version);
    }

    private static Dictionary<string, string> ShopFiles(string path) => new(StringComparer.Ordinal)
    {
        ["class.yaml"] = ShopManifests.GatewayClass,
        ["edge.yaml"] = ShopManifests.Gateway(),
        ["services.yaml"] = ShopManifests.Services(),
        ["web.yaml"] = ShopManifests.WebRoute(100, 0).Replace("value: /}", $"value: {path}}}", StringComparison.Ordinal),
    };

    private static Dictionary<string, string> AdminFiles(bool withGateway) => withGateway
        ? new(StringComparer.Ordinal)
        {
            ["class.yaml"] = ShopManifests.GatewayClass,
            ["internal.yaml"] = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata: {name: internal, namespace: admin}
                spec:
                  gatewayClassName: gitops
                  listeners: [{name: admin, port: 8081, protocol: HTTP}]
                """,
        }
        : new(StringComparer.Ordinal) { ["class.yaml"] = ShopManifests.GatewayClass };
}
