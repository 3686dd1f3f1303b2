using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.GatewayApi.Tests.Loading;

public sealed class ManifestDirectoryTests : IDisposable
{
    private readonly DirectoryInfo workspace = Directory.CreateTempSubdirectory("gatewayapi-dir-");

    private string Root => Path.Combine(workspace.FullName, "repo");

    public void Dispose() => workspace.Delete(recursive: true);

    [Fact]
    public async Task Manifests_are_read_recursively_in_ordinal_path_order()
    {
        Write("repo/b.yaml", Namespace("b"));
        Write("repo/A/z.yml", Namespace("z"));
        Write("repo/a/c.JSON", """{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "c"}}""");
        Write("repo/a/readme.md", "not a manifest");
        Write("repo/.github/workflows/ci.yaml", "on: push");
        Write("repo/.hidden.yaml", Namespace("hidden"));

        var contents = await ManifestDirectory.ReadAsync(Root, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["A/z.yml", "a/c.JSON", "b.yaml"], contents.Files.Select(f => f.Path));
        Assert.Empty(contents.Diagnostics);
    }

    [Fact]
    public async Task A_symbolic_link_leading_outside_the_folder_is_refused()
    {
        Write("outside/secret.yaml", Namespace("stolen"));
        Write("repo/real.yaml", Namespace("real"));
        File.CreateSymbolicLink(Path.Combine(Root, "escape.yaml"), Path.Combine(workspace.FullName, "outside", "secret.yaml"));
        File.CreateSymbolicLink(Path.Combine(Root, "relative.yaml"), "../outside/secret.yaml");
        File.CreateSymbolicLink(Path.Combine(Root, "inside.yaml"), "real.yaml");
        File.CreateSymbolicLink(Path.Combine(Root, "dangling.yaml"), "missing.yaml");
        Directory.CreateSymbolicLink(Path.Combine(Root, "linked-folder"), Path.Combine(workspace.FullName, "outside"));

        var result = await ManifestLoader.Default.LoadDirectoryAsync(Root, TestContext.Current.CancellationToken);

        Assert.Equal(["real"], result.Resources.Namespaces.Select(n => n.Metadata.Name));
        Assert.Equal(
            [
                ("dangling.yaml", DiagnosticSeverity.Error),
                ("escape.yaml", DiagnosticSeverity.Error),
                ("real.yaml", DiagnosticSeverity.Error),
                ("relative.yaml", DiagnosticSeverity.Error),
                ("linked-folder", DiagnosticSeverity.Warning),
            ],
            result.Diagnostics.Select(d => (d.Location.File, d.Severity)).OrderBy(d => d.Severity).ThenBy(d => d.File, StringComparer.Ordinal));
        Assert.Contains("first at inside.yaml", result.Diagnostics.Last().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_file_is_refused_before_it_is_read()
    {
        Write("repo/huge.yaml", Namespace("huge") + new string('#', 4096));
        Write("repo/small.yaml", Namespace("small"));

        var contents = await ManifestDirectory.ReadAsync(Root, new ManifestLoaderOptions { MaxFileBytes = 1024 }, TestContext.Current.CancellationToken);

        Assert.Equal(["small.yaml"], contents.Files.Select(f => f.Path));
        Assert.Equal("huge.yaml", Assert.Single(contents.Diagnostics).Location.File);
    }

    [Fact]
    public async Task A_missing_folder_is_reported_by_an_exception()
    {
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => ManifestDirectory.ReadAsync(Path.Combine(Root, "nope"), cancellationToken: TestContext.Current.CancellationToken));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(workspace.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Namespace(string name) => $"apiVersion: v1\nkind: Namespace\nmetadata: {{name: {name}}}\n";
}
