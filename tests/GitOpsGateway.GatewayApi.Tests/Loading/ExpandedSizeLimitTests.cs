using System.Diagnostics;
using System.Text;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.GatewayApi.Tests.Loading;

/// <summary>
/// Aliases share one node while parsing, but the stored manifest expands them: the loader bounds the expanded
/// bytes of a document and the canonical JSON of each object before anything is stored (issue 11).
/// </summary>
public sealed class ExpandedSizeLimitTests
{
    private const int Mebibyte = 1024 * 1024;

    private const string Survivor = "apiVersion: v1\nkind: Namespace\nmetadata: {name: survivor}\n";

    [Fact]
    public void The_hostile_file_one_mebibyte_string_aliased_from_170_annotations_is_refused_on_its_file()
    {
        var stopwatch = Stopwatch.StartNew();

        var result = ManifestLoader.Default.Load(new ManifestFile("bomb.yaml", HostileFile()), new ManifestFile("namespace.yaml", Survivor));

        Assert.Equal(["survivor"], result.Resources.Namespaces.Select(n => n.Metadata.Name));
        Assert.Empty(result.Resources.Services.Select(service => service.Metadata.Name));
        Assert.True(result.Documents.Values.Sum(document => document.Length) < 1024, "no expanded document is kept");
        var error = Assert.Single(result.Errors);
        Assert.Equal("bomb.yaml", error.Location.File);
        Assert.Contains("expands to more than 33554432 bytes once aliases are expanded", error.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void An_object_over_the_object_limit_is_refused_by_name_while_its_neighbours_load()
    {
        var big = new string('x', Mebibyte);
        var yaml = $"{Survivor}---\n{Service("big", $"a: &a {big}\n    b: *a")}---\n{Service("small", "a: fine")}";

        var result = Manifests.Load(yaml, "services.yaml");

        Assert.Equal(["small"], result.Resources.Services.Select(service => service.Metadata.Name));
        Assert.Equal(["survivor"], result.Resources.Namespaces.Select(n => n.Metadata.Name));
        var error = Assert.Single(result.Errors);
        Assert.Equal(new ResourceKey(ResourceKind.Service, "shop", "big"), error.Resource);
        Assert.Equal(("services.yaml", 5), (error.Location.File, error.Location.Line));
        Assert.Contains("is 2097", error.Message, StringComparison.Ordinal);
        Assert.Contains("over the limit of 1572864 bytes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Documents.Keys, key => key.Name == "big");
    }

    [Fact]
    public void An_item_of_a_list_over_the_object_limit_is_refused_and_the_other_items_load()
    {
        var loader = new ManifestLoader(new ManifestLoaderOptions { MaxObjectBytes = 4096 });
        var yaml = "apiVersion: v1\nkind: List\nitems:\n"
            + "- {apiVersion: v1, kind: Namespace, metadata: {name: small}}\n"
            + $"- {{apiVersion: v1, kind: Namespace, metadata: {{name: large, annotations: {{a: \"{new string('\u0001', 1000)}\"}}}}}}\n";

        var result = loader.Load(new ManifestFile("list.yaml", yaml));

        Assert.Equal(["small"], result.Resources.Namespaces.Select(n => n.Metadata.Name));
        var error = Assert.Single(result.Errors);
        Assert.Equal(new ResourceKey(ResourceKind.Namespace, string.Empty, "large"), error.Resource);
        Assert.Equal("items[1]", error.FieldPath);
    }

    [Fact]
    public void An_object_just_under_the_object_limit_loads_and_keeps_its_document()
    {
        var yaml = Service("large", $"a: {new string('x', Mebibyte + (Mebibyte / 4))}");

        var result = Manifests.Load(yaml);

        Assert.Empty(result.Diagnostics);
        var document = Assert.Single(result.Documents).Value;
        Assert.InRange(Encoding.UTF8.GetByteCount(document), Mebibyte + (Mebibyte / 4), 1_572_864);
    }

    /// <summary>The file of issue 11: one 1 MiB string anchored once (&amp;a) and aliased (*a) from 170 annotations.</summary>
    private static string HostileFile()
    {
        var text = new StringBuilder("apiVersion: v1\nkind: Service\nmetadata:\n  name: bomb\n  namespace: shop\n  annotations:\n");
        text.Append("    a0: &a ").Append('x', Mebibyte).Append('\n');
        for (var i = 1; i <= 170; i++)
        {
            text.Append(FormattableString.Invariant($"    a{i}: *a\n"));
        }

        return text.Append("spec:\n  ports:\n  - port: 80\n").ToString();
    }

    private static string Service(string name, string annotations) =>
        $"apiVersion: v1\nkind: Service\nmetadata:\n  name: {name}\n  namespace: shop\n  annotations:\n    {annotations}\nspec:\n  ports:\n  - port: 80\n";
}
