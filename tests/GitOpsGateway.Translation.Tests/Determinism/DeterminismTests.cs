using System.Text;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.RouteTables.Serialization;
using GitOpsGateway.Translation.Tests.Golden;

namespace GitOpsGateway.Translation.Tests.Determinism;

/// <summary>
/// The same objects, whatever files they are written in and in whatever order, compile to the same bytes, hash
/// and status: 50 seeded shuffles of every conformance case and of a generated many-tenant repository.
/// </summary>
public sealed class DeterminismTests
{
    private const int Rounds = 50;

    [Fact]
    public void Shuffled_documents_and_files_compile_to_identical_bytes_hash_and_status_for_every_conformance_case()
    {
        foreach (var name in ConformanceCases.Names())
        {
            AssertStableUnderShuffles(name, File.ReadAllText(TestData.Folder("conformance", name + ".in.yaml")), seed: name.Length);
        }
    }

    [Fact]
    public void Shuffled_documents_and_files_of_a_many_tenant_repository_compile_to_identical_bytes_hash_and_status()
    {
        AssertStableUnderShuffles("synthetic", SyntheticRepository.Manifest(tenants: 12, routesPerTenant: 8), seed: 20261126);
    }

    private static void AssertStableUnderShuffles(string name, string manifest, int seed)
    {
        var documents = ManifestShuffler.Documents(manifest);
        var baseline = Fingerprint(ManifestLoader.Default.Load(new ManifestFile(name + ".yaml", manifest)));
        var random = new Random(seed);
        for (var round = 0; round < Rounds; round++)
        {
            var shuffled = Fingerprint(ManifestLoader.Default.Load(ManifestShuffler.Deal(documents, random)));
            Assert.True(baseline == shuffled, $"{name}: round {round} compiled differently.\n--- baseline\n{baseline}\n--- shuffled\n{shuffled}");
        }
    }

    private static string Fingerprint(LoadResult loaded)
    {
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Errors));
        var result = Translator.Translate(loaded.Resources);
        var text = new StringBuilder(result.Hash).Append('\n');
        foreach (var table in result.Tables)
        {
            text.Append(Encoding.UTF8.GetString(RouteTableSerializer.ToCanonicalJson(table))).Append('\n');
        }

        return text.Append(GoldenOutput.RenderStatuses(result)).ToString();
    }
}
