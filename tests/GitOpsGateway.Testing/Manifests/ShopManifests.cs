namespace GitOpsGateway.Testing.Manifests;

/// <summary>
/// The small valid repository most integration tests push: our GatewayClass <c>gitops</c>, Gateway <c>shop/edge</c>
/// (one HTTP listener on port 80), Service <c>shop/web</c> (port 8080) and HTTPRoutes for <c>shop.example.com</c>.
/// </summary>
public static class ShopManifests
{
    public const string ControllerName = GatewayManifests.ControllerName;

    public const string Host = "shop.example.com";

    public static readonly string GatewayClassAndGateway = GatewayManifests.GatewayClassAnd(Gateway());

    /// <summary>A document that is not valid YAML, for rejection tests.</summary>
    public const string Malformed = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: [this is: not, a mapping
        """;

    /// <summary>Gateway <c>shop/edge</c>: one HTTP listener on port 80, optionally annotated <c>owner: OWNER</c>.</summary>
    public static string Gateway(string? owner = null) =>
        GatewayManifests.Gateway("shop", "edge", [Listener.Http()], owner is null ? null : new("owner", owner));

    /// <summary>Service <c>shop/web</c>; the label changes its metadata without changing what compiles.</summary>
    public static string Service(string teamLabel = "web") => ServiceManifests.Service("shop", "web", label: new("team", teamLabel));

    /// <summary>An HTTPRoute on <c>shop/edge</c> sending a path prefix of <c>shop.example.com</c> to <c>shop/web:8080</c>.</summary>
    public static string Route(string name = "web", string path = "/") =>
        HttpRouteManifests.PathPrefix("shop", name, "edge", Host, path, [new BackendRef("web")]);

    /// <summary>
    /// HTTPRoute <c>shop/web</c> splitting <c>shop.example.com</c> by weight between Services
    /// <paramref name="stable"/> and <paramref name="canary"/> (port 8080).
    /// </summary>
    public static string CanaryRoute(int stableWeight, int canaryWeight, string stable = "web", string canary = "web-canary") =>
        HttpRouteManifests.Canary("shop", "web", "edge", Host, new BackendRef(stable, Weight: stableWeight), new BackendRef(canary, Weight: canaryWeight));

    /// <summary>
    /// HTTPRoute <c>shop/web</c> sending all of <c>shop.example.com</c> to <c>shop/web</c> and setting
    /// <paramref name="header"/> to <paramref name="revision"/>: a response shows which commit's table served it.
    /// </summary>
    public static string RevisionRoute(string header, int revision) =>
        HttpRouteManifests.PathPrefix("shop", "web", "edge", Host, "/", [new BackendRef("web")], new(header, revision.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
