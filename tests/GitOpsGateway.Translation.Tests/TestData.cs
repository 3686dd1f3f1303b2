using System.Reflection;
using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Translation.Tests;

/// <summary>Where the golden inputs live, and loading manifests written inline in tests.</summary>
internal static class TestData
{
    public static string Folder(params string[] parts) => Path.Combine([ProjectDirectory, "testdata", .. parts]);

    /// <summary><c>GITOPS_GATEWAY_UPDATE_GOLDEN=1</c> rewrites the generated outputs instead of comparing them.</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("GITOPS_GATEWAY_UPDATE_GOLDEN") == "1";

    /// <summary>Loads YAML written in a test; fails the test on any loader error, since test inputs must be clean.</summary>
    public static ResourceSet Load(string yaml)
    {
        var result = ManifestLoader.Default.Load(new ManifestFile("test.yaml", yaml));
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return result.Resources;
    }

    private static string ProjectDirectory { get; } = typeof(TestData).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "ProjectDirectory").Value!;
}
