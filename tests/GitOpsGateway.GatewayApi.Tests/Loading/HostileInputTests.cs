using System.Diagnostics;
using System.Text;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.GatewayApi.Tests.Loading;

public sealed class HostileInputTests
{
    private const string Namespace = "apiVersion: v1\nkind: Namespace\nmetadata: {name: survivor}\n";

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_without_stopping_other_documents()
    {
        var deep = "spec: " + new string('[', 10_000) + new string(']', 10_000);
        var stopwatch = Stopwatch.StartNew();

        var result = Manifests.Load($"apiVersion: v1\nkind: Namespace\n{deep}\n---\n{Namespace}");

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        Assert.Equal("survivor", result.Resources.Namespaces.Single().Metadata.Name);
        Assert.Contains("Nesting is deeper than 64 levels", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_within_the_limit_is_accepted()
    {
        var nested = new string('[', 60) + new string(']', 60);

        var result = Manifests.Load($"apiVersion: v1\nkind: Namespace\nmetadata: {{name: fine}}\nextra: {nested}\n");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void An_alias_bomb_is_refused_quickly()
    {
        var bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            bomb.Append(CultureInvariant($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n"));
        }

        var stopwatch = Stopwatch.StartNew();
        var result = Manifests.Load($"apiVersion: v1\nkind: Namespace\nmetadata: {{name: bomb}}\n{bomb}---\n{Namespace}");

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        Assert.Equal(["survivor"], result.Resources.Namespaces.Select(n => n.Metadata.Name));
        Assert.Contains("expands to more than 1000000 nodes", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_whole()
    {
        var loader = new ManifestLoader(new ManifestLoaderOptions { MaxFileBytes = 1024 });
        var large = Namespace + "# " + new string('x', 2000) + "\n";

        var result = loader.Load(new ManifestFile("large.yaml", large), new ManifestFile("small.yaml", Namespace.Replace("survivor", "small", StringComparison.Ordinal)));

        Assert.Equal(["small"], result.Resources.Namespaces.Select(n => n.Metadata.Name));
        var error = Assert.Single(result.Errors);
        Assert.Equal("large.yaml", error.Location.File);
        Assert.Contains("over the limit of 1024 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recursive_alias_is_an_error()
    {
        var result = Manifests.Load("apiVersion: v1\nkind: Namespace\nmetadata: &m {name: loop, self: *m}\n");

        Assert.Equal(0, result.Resources.Count);
        Assert.Contains("names no complete anchor", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
