using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.GrpcRoutes;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.GatewayApi.Validation;
using static GitOpsGateway.GatewayApi.Tests.Validation.Build;

namespace GitOpsGateway.GatewayApi.Tests.Validation;

public sealed class OtherKindValidationTests
{
    private static GrpcRoute Grpc(GrpcRouteRule rule) => new()
    {
        ApiVersion = "gateway.networking.k8s.io/v1",
        Metadata = Meta("echo"),
        Spec = new GrpcRouteSpec { ParentRefs = [new ParentReference { Name = "edge" }], Rules = [rule] },
    };

    private static KubernetesResource Load(string yaml) => Assert.Single(Manifests.Load(yaml).Resources.All);

    [Fact]
    public void A_gateway_class_needs_a_domain_prefixed_controller_name()
    {
        var gatewayClass = new GatewayClass { ApiVersion = "gateway.networking.k8s.io/v1", Metadata = new ObjectMeta { Name = "gitops" }, Spec = new GatewayClassSpec { ControllerName = "gitops-gateway.dev/controller" } };

        Assert.Empty(Errors(gatewayClass));
        Assert.Equal(("spec.controllerName", ConditionReasons.Invalid), SingleError(gatewayClass with { Spec = new GatewayClassSpec { ControllerName = "controller" } }));
        var parameters = new ParametersReference { Group = "example.com", Kind = "Config", Name = "" };
        Assert.Equal(("spec.parametersRef.name", ConditionReasons.InvalidParameters), SingleError(gatewayClass with { Spec = gatewayClass.Spec with { ParametersRef = parameters } }));
    }

    [Fact]
    public void A_grpc_method_match_needs_a_service_or_method_with_valid_names()
    {
        GrpcRoute WithMethod(GrpcMethodMatch method) => Grpc(new GrpcRouteRule { Matches = [new GrpcRouteMatch { Method = method }] });

        Assert.Empty(Errors(WithMethod(new GrpcMethodMatch { Service = "grpcecho.GrpcEcho", Method = "Echo" })));
        Assert.Empty(Errors(WithMethod(new GrpcMethodMatch { Type = HeaderMatchTypes.RegularExpression, Service = "grpcecho\\..*" })));
        Assert.Equal(("spec.rules[0].matches[0].method", ConditionReasons.UnsupportedValue), SingleError(WithMethod(new GrpcMethodMatch())));
        Assert.Equal(("spec.rules[0].matches[0].method.method", ConditionReasons.UnsupportedValue), SingleError(WithMethod(new GrpcMethodMatch { Method = "Echo/Two" })));
        Assert.Single(Errors(WithMethod(new GrpcMethodMatch { Type = HeaderMatchTypes.RegularExpression, Method = @"(\w)\1" })));
    }

    [Fact]
    public void A_grpc_route_supports_only_its_own_filter_types()
    {
        var rewrite = new GrpcRouteFilter { Type = "URLRewrite" };
        var header = new GrpcRouteFilter { Type = GrpcRouteFilterTypes.RequestHeaderModifier, RequestHeaderModifier = new HttpHeaderFilter { Remove = ["x-a"] } };

        Assert.Equal(("spec.rules[0].filters[0].type", ConditionReasons.UnsupportedValue), SingleError(Grpc(new GrpcRouteRule { Filters = [rewrite] })));
        Assert.Equal(("spec.rules[0].filters", ConditionReasons.IncompatibleFilters), SingleError(Grpc(new GrpcRouteRule { Filters = [header, header] })));
        Assert.Empty(Errors(Grpc(new GrpcRouteRule { Filters = [header] })));
    }

    [Theory]
    [InlineData("v1", "hostnames: [db.example.com]", 1, true)]
    [InlineData("v1", "", 1, false)]
    [InlineData("v1", "hostnames: [db.example.com]", 2, false)]
    [InlineData("v1alpha2", "", 2, true)]
    public void Tls_route_limits_depend_on_the_api_version(string version, string hostnames, int rules, bool valid)
    {
        var rule = "\n  - backendRefs: [{name: db, port: 5432}]";
        var route = Load($"""
            apiVersion: gateway.networking.k8s.io/{version}
            kind: TLSRoute
            metadata: {"{"}name: db{"}"}
            spec:
              {hostnames}
              rules:{string.Concat(Enumerable.Repeat(rule, rules))}
            """);

        Assert.Equal(valid, Errors(route).Count == 0);
    }

    [Fact]
    public void A_tcp_route_rule_needs_a_backend() =>
        Assert.Equal(("spec.rules[0].backendRefs", ConditionReasons.UnsupportedValue), SingleError(Load("""
            apiVersion: gateway.networking.k8s.io/v1alpha2
            kind: TCPRoute
            metadata: {name: db}
            spec: {rules: [{backendRefs: []}]}
            """)));

    [Fact]
    public void A_reference_grant_needs_from_and_to_with_valid_names()
    {
        var valid = "apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata: {name: g}\nspec: {from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: apps}], to: [{group: '', kind: Service}]}";

        Assert.Empty(Errors(Load(valid)));
        Assert.Equal(("spec.from[0].namespace", ConditionReasons.Invalid), SingleError(Load(valid.Replace("namespace: apps", "namespace: Apps", StringComparison.Ordinal))));
        Assert.Equal(("spec.to", ConditionReasons.Invalid), SingleError(Load(valid.Replace("to: [{group: '', kind: Service}]", "to: []", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("spec: {ports: [{name: http, port: 80}, {name: admin, port: 9090}]}", true)]
    [InlineData("spec: {ports: [{port: 80}, {port: 9090}]}", false)]
    [InlineData("spec: {type: ExternalName}", false)]
    [InlineData("spec: {type: ExternalName, externalName: search.example.net}", true)]
    [InlineData("spec: {ports: [{name: http, port: 0}]}", false)]
    public void Services_follow_the_api_server_rules(string spec, bool valid) =>
        Assert.Equal(valid, Errors(Load($"apiVersion: v1\nkind: Service\nmetadata: {{name: web}}\n{spec}")).Count == 0);

    [Theory]
    [InlineData("IPv4", "10.0.0.1", true)]
    [InlineData("IPv4", "::1", false)]
    [InlineData("IPv6", "::1", true)]
    [InlineData("FQDN", "backend.example.com", true)]
    [InlineData("FQDN", "not a name", false)]
    public void Endpoint_addresses_match_the_slice_address_type(string type, string address, bool valid) =>
        Assert.Equal(valid, Errors(Load($"apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {{name: s}}\naddressType: {type}\nendpoints: [{{addresses: ['{address}']}}]")).Count == 0);

    [Fact]
    public void A_tls_secret_needs_a_certificate_and_a_key()
    {
        Assert.Empty(Errors(Load("apiVersion: v1\nkind: Secret\nmetadata: {name: c}\ntype: kubernetes.io/tls\nstringData: {tls.crt: a, tls.key: b}")));
        Assert.Equal(("data", ConditionReasons.Invalid), SingleError(Load("apiVersion: v1\nkind: Secret\nmetadata: {name: c}\ntype: kubernetes.io/tls\nstringData: {tls.crt: a}")));
    }

    [Fact]
    public void Ingress_paths_need_a_known_type_and_an_absolute_path()
    {
        const string Ingress = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\nspec: {rules: [{http: {paths: [{path: /a, pathType: Prefix, backend: {service: {name: s, port: {number: 80}}}}]}}]}";

        Assert.Empty(Errors(Load(Ingress)));
        Assert.Single(Errors(Load(Ingress.Replace("Prefix", "Regex", StringComparison.Ordinal))));
        Assert.Single(Errors(Load(Ingress.Replace("path: /a", "path: a", StringComparison.Ordinal))));
    }

    [Fact]
    public void Label_keys_and_values_follow_kubernetes_rules()
    {
        Assert.Empty(Errors(HttpRoute() with { Metadata = Meta() with { Labels = new Dictionary<string, string> { ["example.com/team"] = "shop_1" } } }));
        Assert.Single(Errors(HttpRoute() with { Metadata = Meta() with { Labels = new Dictionary<string, string> { ["team"] = "shop team" } } }));
        Assert.Single(Errors(HttpRoute() with { Metadata = Meta() with { Labels = new Dictionary<string, string> { ["Example.com/team"] = "x" } } }));
    }

    [Fact]
    public void Validating_a_set_reports_only_invalid_objects_in_key_order()
    {
        var set = ResourceSet.Create([
            HttpRoute() with { Metadata = Meta("zeta"), Spec = HttpRoute().Spec with { Hostnames = ["bad_host"] } },
            HttpRoute() with { Metadata = Meta("alpha") },
            Gateway(Listener(port: 0)),
        ]);

        var invalid = ResourceValidator.Validate(set);

        Assert.Equal(["Gateway/infra/edge", "HTTPRoute/apps/zeta"], invalid.Keys.Select(k => k.ToString()));
        Assert.Equal("spec.hostnames[0]", invalid[new ResourceKey(ResourceKind.HttpRoute, "apps", "zeta")].Single().FieldPath);
    }
}
