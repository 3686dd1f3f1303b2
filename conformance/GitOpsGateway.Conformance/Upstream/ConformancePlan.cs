namespace GitOpsGateway.Conformance.Upstream;

/// <summary>
/// What we claim and what we knowingly do not run: the features we support (conformance/supported-features.txt),
/// tests skipped with a reason (conformance/skipped-tests.txt), and tests known to fail until a fix lands
/// (conformance/expected-failures.txt, the one place such entries live).
/// </summary>
public sealed record ConformancePlan(
    IReadOnlySet<string> SupportedFeatures,
    IReadOnlyDictionary<string, string> SkippedTests,
    IReadOnlyDictionary<string, string> ExpectedFailures)
{
    private static readonly Lazy<ConformancePlan> LazyCurrent = new(Load);

    public static ConformancePlan Current => LazyCurrent.Value;

    /// <summary>The claimed features a test needs but we do not claim; empty when we claim them all.</summary>
    public IReadOnlyList<string> UnsupportedFeaturesOf(UpstreamTest test) =>
        test.Features.Where(feature => !SupportedFeatures.Contains(feature)).ToList();

    private static ConformancePlan Load()
    {
        var folder = UpstreamSuite.ConformanceFolder;
        var plan = new ConformancePlan(
            ReasonList.Read(Path.Combine(folder, "supported-features.txt")).Keys.ToHashSet(StringComparer.Ordinal),
            ReasonList.Read(Path.Combine(folder, "skipped-tests.txt")),
            ReasonList.Read(Path.Combine(folder, "expected-failures.txt")));
        var unknown = plan.SkippedTests.Keys.Concat(plan.ExpectedFailures.Keys)
            .Where(name => UpstreamSuite.Tests.All(test => test.ShortName != name))
            .ToList();
        return unknown.Count == 0
            ? plan
            : throw new InvalidDataException($"Not tests of the upstream suite {UpstreamSuite.Version}: {string.Join(", ", unknown)}.");
    }
}
