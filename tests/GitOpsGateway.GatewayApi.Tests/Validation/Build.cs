using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.GatewayApi.Validation;

namespace GitOpsGateway.GatewayApi.Tests.Validation;

/// <summary>Valid objects to start from; each test breaks one thing with a <c>with</c> expression.</summary>
internal static class Build
{
    public static ObjectMeta Meta(string name = "web", string @namespace = "apps") => new() { Name = name, Namespace = @namespace };

    public static HttpBackendRef Backend(string name = "web", int? port = 80) => new() { Name = name, Port = port };

    public static HttpRouteRule Rule(params HttpRouteFilter[] filters) =>
        new() { Matches = [HttpRouteMatch.Default], Filters = filters, BackendRefs = [Backend()] };

    public static HttpRouteMatch PathMatch(string type, string value) => new() { Path = new HttpPathMatch { Type = type, Value = value } };

    public static HttpRoute HttpRoute(params HttpRouteRule[] rules) => new()
    {
        ApiVersion = "gateway.networking.k8s.io/v1",
        Metadata = Meta(),
        Spec = new HttpRouteSpec
        {
            ParentRefs = [new ParentReference { Name = "edge", Namespace = "infra" }],
            Hostnames = ["shop.example.com"],
            Rules = rules.Length == 0 ? [Rule()] : rules,
        },
    };

    public static HttpRoute WithMatch(HttpRouteMatch match) => HttpRoute(Rule() with { Matches = [match] });

    public static Listener Listener(string name = "http", int port = 80, string protocol = ListenerProtocols.Http) =>
        new() { Name = name, Port = port, Protocol = protocol };

    public static Listener HttpsListener(string name = "https") => Listener(name, 443, ListenerProtocols.Https) with
    {
        Tls = new ListenerTls { CertificateRefs = [new References.SecretObjectReference { Name = "cert" }] },
    };

    public static Gateway Gateway(params Listener[] listeners) => new()
    {
        ApiVersion = "gateway.networking.k8s.io/v1",
        Metadata = Meta("edge", "infra"),
        Spec = new GatewaySpec { GatewayClassName = "gitops", Listeners = listeners.Length == 0 ? [Listener()] : listeners },
    };

    public static IReadOnlyList<ValidationError> Errors(KubernetesResource resource) => ResourceValidator.Validate(resource);

    /// <summary>The single error of an object, as (field path, reason) for compact assertions.</summary>
    public static (string FieldPath, string Reason) SingleError(KubernetesResource resource)
    {
        var error = Assert.Single(Errors(resource));
        return (error.FieldPath, error.Reason);
    }
}
