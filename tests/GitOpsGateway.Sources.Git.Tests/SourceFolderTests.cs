namespace GitOpsGateway.Sources.Git.Tests;

public sealed class SourceFolderTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData(".", "")]
    [InlineData("gateways", "gateways")]
    [InlineData("./gateways/", "gateways")]
    [InlineData("deploy//prod/./gateways", "deploy/prod/gateways")]
    public void a_folder_is_normalised_to_a_tree_path(string folder, string treePath)
    {
        var parsed = SourceFolder.Parse(folder);

        Assert.Equal(treePath, parsed.TreePath);
        Assert.Equal(treePath.Length == 0, parsed.IsRoot);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/../..")]
    [InlineData("a/../b")]
    [InlineData("/absolute")]
    public void a_dot_dot_segment_or_a_rooted_path_is_refused(string folder) =>
        Assert.Throws<ArgumentException>(() => SourceFolder.Parse(folder));
}
