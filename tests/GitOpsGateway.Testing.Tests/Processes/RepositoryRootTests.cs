using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Testing.Tests.Processes;

public sealed class RepositoryRootTests
{
    [Fact]
    public void root_is_the_folder_holding_the_solution_above_the_test_output()
    {
        var root = RepositoryRoot.Find();

        Assert.True(File.Exists(Path.Combine(root, RepositoryRoot.SolutionFileName)));
        Assert.StartsWith(root, AppContext.BaseDirectory, StringComparison.Ordinal);
    }

    [Fact]
    public void folder_without_a_solution_above_it_is_reported()
    {
        var outside = Directory.CreateTempSubdirectory("gitops-gateway-root-test-");
        try
        {
            Assert.Throws<DirectoryNotFoundException>(() => RepositoryRoot.FindAbove(outside.FullName));
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }
}
