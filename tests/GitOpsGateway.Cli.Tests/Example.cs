using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Cli.Tests;

/// <summary>The repository's example manifests: one GatewayClass, one Gateway, two HTTPRoutes, all valid.</summary>
internal static class Example
{
    public const string RelativeFolder = "gitops-example";

    public static string Folder { get; } = Path.Combine(RepositoryRoot.Find(), RelativeFolder);

    public static readonly string[] GatewayApiObjectNames = ["gitops-gateway", "prod-gateway", "api-canary", "api-route"];
}
