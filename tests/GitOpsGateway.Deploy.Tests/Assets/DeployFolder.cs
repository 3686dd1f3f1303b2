namespace GitOpsGateway.Deploy.Tests.Assets;

/// <summary>Where the deployment assets live in the repository.</summary>
internal static class DeployFolder
{
    public static string RepositoryRoot { get; } = Testing.Processes.RepositoryRoot.Find();

    public static string Root { get; } = Path.Combine(RepositoryRoot, "deploy");

    public static string Compose { get; } = Path.Combine(Root, "compose");

    public static string ComposeFile { get; } = Path.Combine(Compose, "compose.yaml");

    public static string ComposeEnvironmentExample { get; } = Path.Combine(Compose, ".env.example");

    public static string Kubernetes { get; } = Path.Combine(Root, "kubernetes");

    public static string Dockerfile { get; } = Path.Combine(Root, "docker", "Dockerfile");

    /// <summary>The health-check script the image installs as <c>probe</c>.</summary>
    public static string Probe { get; } = Path.Combine(Root, "docker", "probe");

    public static string Source(params string[] relative) => Path.Combine([RepositoryRoot, .. relative]);
}
