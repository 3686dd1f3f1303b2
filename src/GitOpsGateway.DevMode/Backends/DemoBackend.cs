namespace GitOpsGateway.DevMode.Backends;

/// <summary>One demo backend: the name it answers with and its port on 127.0.0.1.</summary>
public sealed record DemoBackend(string Name, int Port)
{
    /// <summary>The backends <c>gitops-example/apps/production/services.yaml</c> names through its EndpointSlices.</summary>
    public static IReadOnlyList<DemoBackend> ExampleBackends { get; } =
    [
        new("api-v1", 18081),
        new("api-v2", 18082),
        new("api-stable", 18083),
        new("api-canary", 18084),
    ];
}
