using System.Reflection;

namespace GitOpsGateway.RouteTables.Tests;

/// <summary>
/// Golden files live next to the tests. Run with <c>REGENERATE_GOLDEN=1</c> to rewrite expected outputs from
/// the current code (and delete outputs whose input is gone); review the diff before committing.
/// </summary>
internal static class GoldenFiles
{
    public static bool Regenerate => Environment.GetEnvironmentVariable("REGENERATE_GOLDEN") == "1";

    public static string Folder(params string[] parts) => Path.Combine([ProjectDirectory, .. parts]);

    private static string ProjectDirectory { get; } = typeof(GoldenFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "ProjectDirectory").Value!;
}
