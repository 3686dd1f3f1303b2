using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.GatewayApi.Tests;

/// <summary>Loads manifests written inline in tests.</summary>
internal static class Manifests
{
    public static LoadResult Load(string yaml, string path = "manifests.yaml") => ManifestLoader.Default.Load(new ManifestFile(path, yaml));

    /// <summary>Loads one object that must load without any diagnostic.</summary>
    public static TResource Single<TResource>(string yaml)
        where TResource : KubernetesResource
    {
        var result = Load(yaml);
        Assert.Empty(result.Diagnostics);
        return Assert.IsType<TResource>(Assert.Single(result.Resources.All));
    }
}
