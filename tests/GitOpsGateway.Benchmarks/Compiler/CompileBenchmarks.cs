using BenchmarkDotNet.Attributes;
using GitOpsGateway.Benchmarks.Synthetic;
using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Translation;

namespace GitOpsGateway.Benchmarks.Compiler;

/// <summary>
/// The compiler on HTTPRoutes attached to one Gateway, one backend per ten routes resolved through EndpointSlices:
/// from parsed resources (<see cref="Compile"/>, goal under one second for 10,000 routes) and from manifest text
/// (<see cref="LoadAndCompile"/>). Validation constructs each regular expression, so that case is priced on 1,000
/// routes.
/// </summary>
[Config(typeof(QuickRunConfig))]
public class CompileBenchmarks
{
    private SyntheticRepository repository = null!;
    private IReadOnlyList<ManifestFile> files = null!;
    private ResourceSet resources = null!;

    [ParamsSource(nameof(Shapes))]
    public TableShape Shape { get; set; } = null!;

    public static IEnumerable<TableShape> Shapes() =>
        [new(10_000, PathMatchType.PathPrefix), new(1_000, PathMatchType.RegularExpression)];

    [GlobalSetup]
    public void Setup()
    {
        repository = Shape.Repository;
        files = repository.Files();
        resources = CompiledSynthetic.Load(repository);
        CompiledSynthetic.ThrowUnlessEveryRouteCompiled(Translator.Translate(resources), repository);
    }

    [Benchmark(Baseline = true)]
    public TranslationResult Compile() => Translator.Translate(resources);

    [Benchmark]
    public TranslationResult LoadAndCompile() => Translator.Translate(ManifestLoader.Default.Load(files).Resources);
}
