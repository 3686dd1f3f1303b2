using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Events.Tests.Loading;

public sealed class CanonicalDocumentTests
{
    private const string Route = """
        # a comment that is not content
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: web
          namespace: shop
          uid: 5d1f
          resourceVersion: "42"
          generation: 7
          creationTimestamp: "2024-01-01T00:00:00Z"
          managedFields: [{manager: kubectl}]
          labels: {tier: "1", enabled: true, version: 1.0e0}
        spec:
          parentRefs:
          - &gw {name: edge, sectionName: http, port: +80}
          hostnames: ["shop.example.com"]
          rules:
          - matches:
            - path: {type: PathPrefix, value: /}
            backendRefs:
            - {name: web, port: 8080, weight: 1}
            timeouts: {request: 10s, backendRequest: ~}
        status:
          parents: []
        """;

    [Fact]
    public void documents_are_compact_json_with_sorted_keys_and_without_server_owned_fields()
    {
        var result = ManifestLoader.Default.Load(new ManifestFile("route.yaml", Route));

        var document = Assert.Single(result.Documents).Value;

        Assert.StartsWith("""{"apiVersion":"gateway.networking.k8s.io/v1","kind":"HTTPRoute","metadata":{"labels":""", document, StringComparison.Ordinal);
        Assert.Contains("""{"enabled":true,"tier":"1","version":1.0e0}""", document, StringComparison.Ordinal);
        Assert.Contains("""{"name":"edge","port":80,"sectionName":"http"}""", document, StringComparison.Ordinal);
        Assert.Contains("""{"backendRequest":null,"request":"10s"}""", document, StringComparison.Ordinal);
        foreach (var serverOwned in new[] { "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "status" })
        {
            Assert.DoesNotContain($"\"{serverOwned}\"", document, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(' ', document.Replace("shop.example.com", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void loading_a_document_again_reads_the_same_object()
    {
        var original = ManifestLoader.Default.Load(new ManifestFile("route.yaml", Route));
        var document = Assert.Single(original.Documents).Value;

        var reloaded = ManifestLoader.Default.Load(new ManifestFile("route.json", document));

        Assert.Empty(reloaded.Diagnostics);
        var before = Assert.IsType<HttpRoute>(Assert.Single(original.Resources.All));
        var after = Assert.IsType<HttpRoute>(Assert.Single(reloaded.Resources.All));
        var serverFieldsDropped = before.WithMetadata(before.Metadata with { Generation = 1, CreationTimestamp = null });
        Assert.Equal(serverFieldsDropped, after);
        Assert.Equal(document, Assert.Single(reloaded.Documents).Value);
    }

    [Fact]
    public void plain_numbers_that_are_not_json_numbers_are_normalised()
    {
        var result = ManifestLoader.Default.Load(new ManifestFile("ns.yaml", """
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop, annotations: {octal-looking: 080, signed: +5, word: 0x1F}}
            """));

        Assert.Contains("""{"octal-looking":80,"signed":5,"word":"0x1F"}""", Assert.Single(result.Documents).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void only_objects_that_loaded_cleanly_have_documents()
    {
        var result = ManifestLoader.Default.Load(new ManifestFile("two.yaml", """
            apiVersion: v1
            kind: Service
            metadata: {name: good}
            spec: {ports: [{port: 80}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: bad}
            spec: {ports: [{port: eighty}]}
            """));

        var key = Assert.Single(result.Documents).Key;
        Assert.Equal(new ResourceKey(ResourceKind.Service, "default", "good"), key);
    }

    [Fact]
    public void a_redacted_secret_value_reloads_as_a_present_key()
    {
        var result = ManifestLoader.Default.Load(new ManifestFile("secret.json", """
            {"apiVersion":"v1","kind":"Secret","metadata":{"name":"tls"},"type":"kubernetes.io/tls",
             "data":{"tls.crt":"Y2VydA==","tls.key":"redacted:sha256:00ff"}}
            """));

        Assert.Empty(result.Diagnostics);
        var secret = Assert.IsType<Secret>(Assert.Single(result.Resources.All));
        Assert.Equal("redacted:sha256:00ff"u8.ToArray(), secret.PrivateKey!.ToArray());
        Assert.Equal("cert"u8.ToArray(), secret.Certificate!.ToArray());
    }
}
