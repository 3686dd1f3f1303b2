namespace GitOpsGateway.Testing.Processes;

/// <summary>Finds the entry assembly that <c>dotnet build</c> left in <c>src/&lt;Project&gt;/bin/&lt;Configuration&gt;/net10.0/</c>.</summary>
internal static class ProjectOutput
{
    public const string TargetFramework = "net10.0";

    public static string FindEntryAssembly(string repositoryRoot, string projectName, string configuration)
    {
        var outputDirectory = Path.Combine(repositoryRoot, "src", projectName, "bin", configuration, TargetFramework);
        var buildHint = $"Build it first: dotnet build src/{projectName}/{projectName}.csproj -c {configuration}.";
        if (!Directory.Exists(outputDirectory))
        {
            throw new FileNotFoundException($"{outputDirectory} does not exist. {buildHint}");
        }

        var namedAfterProject = Path.Combine(outputDirectory, projectName + ".dll");
        if (File.Exists(namedAfterProject))
        {
            return namedAfterProject;
        }

        // A project with its own <AssemblyName> still has exactly one runtimeconfig.json: the executable's.
        var runtimeConfigs = Directory.GetFiles(outputDirectory, "*.runtimeconfig.json");
        if (runtimeConfigs.Length == 1)
        {
            var assembly = runtimeConfigs[0][..^".runtimeconfig.json".Length] + ".dll";
            if (File.Exists(assembly))
            {
                return assembly;
            }
        }

        throw new FileNotFoundException($"No executable assembly in {outputDirectory}. {buildHint}");
    }
}
