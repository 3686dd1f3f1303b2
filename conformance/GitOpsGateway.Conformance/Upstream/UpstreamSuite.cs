using System.Text.Json;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Conformance.Upstream;

/// <summary>The vendored upstream suite: its test list, base manifests and per-test manifests.</summary>
public static class UpstreamSuite
{
    public const string Version = "v1.6.1";

    private static readonly Lazy<IReadOnlyList<UpstreamTest>> LazyTests = new(Load);

    public static string ConformanceFolder { get; } = Path.Combine(RepositoryRoot.Find(), "conformance");

    public static string Folder { get; } = Path.Combine(ConformanceFolder, "upstream", Version);

    public static IReadOnlyList<UpstreamTest> Tests => LazyTests.Value;

    public static UpstreamTest Find(string shortName) =>
        Tests.SingleOrDefault(test => test.ShortName == shortName)
        ?? throw new ArgumentException($"{shortName} is not a test of the upstream suite {Version}.", nameof(shortName));

    public static string BaseManifests() => File.ReadAllText(Path.Combine(Folder, "base", "manifests.yaml"));

    /// <summary>The text of a manifest file the suite names as <c>tests/NAME.yaml</c>.</summary>
    public static string Manifest(string suitePath) => File.ReadAllText(Path.Combine(Folder, suitePath));

    private static IReadOnlyList<UpstreamTest> Load()
    {
        var text = File.ReadAllText(Path.Combine(Folder, "tests.json"));
        return JsonSerializer.Deserialize<List<UpstreamTest>>(text, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("tests.json holds the JSON literal null.");
    }
}
