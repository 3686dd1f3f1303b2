using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Testing.Tests.Processes;

public sealed class ProjectOutputTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("gitops-gateway-output-test-");

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public void assembly_named_after_the_project_is_its_entry_point()
    {
        var expected = Touch("src/GitOpsGateway.ControlPlane/bin/Release/net10.0/GitOpsGateway.ControlPlane.dll");
        Touch("src/GitOpsGateway.ControlPlane/bin/Release/net10.0/GitOpsGateway.RouteTables.dll");

        Assert.Equal(expected, ProjectOutput.FindEntryAssembly(root.FullName, "GitOpsGateway.ControlPlane", "Release"));
    }

    [Fact]
    public void project_with_its_own_assembly_name_is_found_by_its_runtime_config()
    {
        var output = "src/GitOpsGateway.Cli/bin/Debug/net10.0/";
        var expected = Touch(output + "ggctl.dll");
        Touch(output + "ggctl.runtimeconfig.json");
        Touch(output + "GitOpsGateway.Translation.dll");

        Assert.Equal(expected, ProjectOutput.FindEntryAssembly(root.FullName, "GitOpsGateway.Cli", "Debug"));
    }

    [Fact]
    public void project_that_was_not_built_is_reported_with_the_build_command()
    {
        var failure = Assert.Throws<FileNotFoundException>(
            () => ProjectOutput.FindEntryAssembly(root.FullName, "GitOpsGateway.DataPlane", "Debug"));

        Assert.Contains("dotnet build src/GitOpsGateway.DataPlane/GitOpsGateway.DataPlane.csproj -c Debug", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void harness_runs_the_configuration_it_was_built_in()
    {
#if DEBUG
        Assert.Equal("Debug", ProjectProcess.BuildConfiguration);
#else
        Assert.Equal("Release", ProjectProcess.BuildConfiguration);
#endif
    }

    private string Touch(string relativePath)
    {
        var path = Path.Combine(root.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Empty);
        return path;
    }
}
