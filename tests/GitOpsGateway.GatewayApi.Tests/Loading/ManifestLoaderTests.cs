using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.GatewayApi.Tests.Loading;

public sealed class ManifestLoaderTests
{
    private const string Gateway = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: edge}
        spec:
          gatewayClassName: gitops
          listeners: [{name: http, port: 80, protocol: HTTP}]
        """;

    [Fact]
    public void Json_is_read_by_the_same_parser_and_gives_the_same_object()
    {
        var json = """
            {
            	"apiVersion": "gateway.networking.k8s.io/v1",
            	"kind": "Gateway",
            	"metadata": {"name": "edge"},
            	"spec": {
            		"gatewayClassName": "gitops",
            		"listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}]
            	}
            }
            """;

        var fromJson = Manifests.Load(json, "edge.json");
        var fromYaml = Manifests.Load(Gateway, "edge.yaml");

        Assert.Empty(fromJson.Diagnostics);
        Assert.Equal(fromYaml.Resources.All.Single(), fromJson.Resources.All.Single());
        Assert.Equal("edge.json", fromJson.Resources.Gateways.Single().Metadata.Location.File);
    }

    [Fact]
    public void Every_document_of_a_multi_document_file_loads_with_its_own_location()
    {
        var result = Manifests.Load($"""
            # leading comment
            ---
            {Gateway}
            ---
            # a document of comments only
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {"{"}name: apps{"}"}
            ...
            """);

        Assert.Empty(result.Diagnostics);
        var gateway = result.Resources.Gateways.Single();
        var space = result.Resources.Namespaces.Single();
        Assert.Equal((0, 3, 1), (gateway.Metadata.Location.DocumentIndex, gateway.Metadata.Location.Line, gateway.Metadata.Location.Column));
        Assert.Equal((1, 12), (space.Metadata.Location.DocumentIndex, space.Metadata.Location.Line));
    }

    [Fact]
    public void Items_of_a_list_load_and_their_errors_name_the_item()
    {
        var result = Manifests.Load("""
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Namespace
              metadata: {name: apps}
            - apiVersion: gateway.networking.k8s.io/v1
              kind: Gateway
              metadata: {name: broken}
              spec:
                gatewayClassName: gitops
                listeners: [{name: http, port: eighty, protocol: HTTP}]
            """);

        Assert.Equal("apps", result.Resources.Namespaces.Single().Metadata.Name);
        Assert.Empty(result.Resources.Gateways);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("items[1].spec.listeners[0].port", 12, 36), (error.FieldPath, error.Location.Line, error.Location.Column));
        Assert.Equal(new ResourceKey(ResourceKind.Gateway, "default", "broken"), error.Resource);
    }

    [Fact]
    public void Malformed_yaml_is_reported_where_the_parser_stopped_and_other_documents_still_load()
    {
        var result = Manifests.Load($"""
            {Gateway}
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: apps
               labels: {"{"}broken: indentation{"}"}
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {"{"}name: after-the-error{"}"}
            """, "mixed.yaml");

        Assert.Equal(["after-the-error"], result.Resources.Namespaces.Select(n => n.Metadata.Name));
        Assert.Single(result.Resources.Gateways);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, "mixed.yaml", 1, 12), (error.Severity, error.Location.File, error.Location.DocumentIndex, error.Location.Line));
        Assert.StartsWith("Invalid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unterminated_flow_list_is_an_error_not_an_exception()
    {
        var result = Manifests.Load("a: [1, 2\n---\n" + Gateway);

        Assert.Single(result.Resources.Gateways);
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, 9), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_a_located_error_that_drops_only_its_object()
    {
        var result = Manifests.Load($"""
            {Gateway}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {"{"}name: shop{"}"}
            spec:
              hostnames: shop.example.com
              rules:
              - backendRefs:
                - name: shop
                  port: "8080"
                  weight: {"{"}heavy: true{"}"}
            """);

        Assert.Single(result.Resources.Gateways);
        Assert.Empty(result.Resources.HttpRoutes);
        Assert.Equal(
            [
                ("spec.hostnames", 12, 14, "must be a list, not the value 'shop.example.com'."),
                ("spec.rules[0].backendRefs[0].port", 16, 13, "must be a whole number, not a string."),
                ("spec.rules[0].backendRefs[0].weight", 17, 15, "must be a whole number, not an object."),
            ],
            result.Diagnostics.Select(d => (d.FieldPath, d.Location.Line, d.Location.Column, d.Message)));
    }

    [Fact]
    public void Missing_api_version_kind_and_name_are_errors()
    {
        var result = Manifests.Load("""
            kind: Gateway
            metadata: {name: a}
            ---
            apiVersion: v1
            metadata: {name: b}
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {generateName: c-}
            ---
            - not an object
            """);

        Assert.Equal(0, result.Resources.Count);
        Assert.Equal(
            ["apiVersion: is required.", "kind: is required.", "metadata.name: is required: generateName is not supported.", ": A manifest document must be an object with apiVersion and kind, not a list."],
            result.Diagnostics.Select(d => $"{d.FieldPath}: {d.Message}"));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void An_empty_kind_or_api_version_is_an_error_naming_the_field()
    {
        var result = Manifests.Load("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: ""
            metadata: {name: no-kind, namespace: shop}
            ---
            apiVersion: ''
            kind: HTTPRoute
            metadata: {name: no-version, namespace: shop}
            """);

        Assert.Empty(result.Resources.All);
        Assert.Equal(
            ["kind: is empty; every object needs one, as Kubernetes requires.", "apiVersion: is empty; every object needs one, as Kubernetes requires."],
            result.Diagnostics.Select(d => $"{d.FieldPath}: {d.Message}"));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void An_unknown_kind_is_a_warning_naming_its_api_version_and_kind()
    {
        var result = Manifests.Load($"""
            apiVersion: networking.istio.io/v1beta1
            kind: Gateway
            metadata: {"{"}name: istio-edge{"}"}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {"{"}name: web{"}"}
            ---
            {Gateway}
            """);

        Assert.Equal(["edge"], result.Resources.All.Select(r => r.Metadata.Name));
        Assert.False(result.HasErrors);
        Assert.Equal(
            ["Gateway (networking.istio.io/v1beta1) is not a kind GitOps Gateway reads; ignored.", "Deployment (apps/v1) is not a kind GitOps Gateway reads; ignored."],
            result.Warnings.Select(w => w.Message));
    }

    [Fact]
    public void An_unsupported_version_of_a_known_kind_is_an_error()
    {
        var result = Manifests.Load(Gateway.Replace("/v1", "/v9", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal("apiVersion", error.FieldPath);
        Assert.Contains("gateway.networking.k8s.io/v9 is not a supported version of Gateway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_object_in_two_files_is_an_error_naming_both_and_the_first_is_kept()
    {
        var result = ManifestLoader.Default.Load(
            new ManifestFile("a/first.yaml", Gateway),
            new ManifestFile("b/second.yaml", "# copied\n" + Gateway.Replace("gitops", "other", StringComparison.Ordinal)));

        Assert.Equal("gitops", result.Resources.Gateways.Single().Spec.GatewayClassName);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("b/second.yaml", 2), (error.Location.File, error.Location.Line));
        Assert.Contains("a/first.yaml:1:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("b/second.yaml:2:1", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ResourceKey(ResourceKind.Gateway, "default", "edge"), error.Resource);
    }

    [Fact]
    public void A_key_written_twice_in_one_object_is_an_error()
    {
        var result = Manifests.Load("""
            apiVersion: v1
            kind: Namespace
            metadata: {name: apps}
            metadata: {name: other}
            """);

        Assert.Equal(0, result.Resources.Count);
        Assert.Contains("'metadata' appears twice", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchors_and_aliases_are_resolved()
    {
        var route = Manifests.Single<HttpRoute>("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: shared}
            spec:
              rules:
              - backendRefs: &backends [{name: web, port: 80}]
              - matches: [{path: {value: /v2}}]
                backendRefs: *backends
            """);

        Assert.Equal(route.Spec.Rules[0].BackendRefs, route.Spec.Rules[1].BackendRefs);
    }

    [Fact]
    public void Loading_the_same_text_twice_gives_equal_objects_wherever_they_are_written()
    {
        var first = Manifests.Load(Gateway, "one.yaml").Resources.All.Single();
        var moved = Manifests.Load("\n\n" + Gateway, "two.yaml").Resources.All.Single();
        var changed = Manifests.Load(Gateway.Replace("port: 80", "port: 81", StringComparison.Ordinal)).Resources.All.Single();

        Assert.Equal(first, moved);
        Assert.Equal(first.GetHashCode(), moved.GetHashCode());
        Assert.NotEqual(first.Metadata.Location, moved.Metadata.Location);
        Assert.NotEqual(first, changed);
    }

    [Fact]
    public void A_quoted_empty_group_is_the_core_group_while_an_omitted_one_gets_the_default()
    {
        var gateway = Manifests.Single<Gateway>("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: edge}
            spec:
              gatewayClassName: gitops
              listeners:
              - name: tls
                port: 443
                protocol: HTTPS
                tls: {certificateRefs: [{group: "", kind: Secret, name: a}, {name: b, group: ~}]}
            """);

        Assert.Equal(["", ""], gateway.Spec.Listeners[0].Tls!.CertificateRefs.Select(c => c.Group));
        Assert.IsType<ListenerTls>(gateway.Spec.Listeners[0].Tls);
    }
}
