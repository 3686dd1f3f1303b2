using GitOpsGateway.Conformance.Cases;
using GitOpsGateway.Conformance.Report;
using GitOpsGateway.Conformance.Upstream;

namespace GitOpsGateway.Conformance;

/// <summary>
/// Every test of the upstream suite, by its ShortName: run against the real processes when its case is transcribed,
/// otherwise skipped with the reason conformance/skipped-tests.txt gives, or as not supported when it needs a feature
/// we do not claim. A claimed test with neither a case nor a listed reason fails: none may go missing silently.
/// </summary>
[Collection(ConformanceCollection.Name)]
public sealed class UpstreamConformanceTests(ConformanceRun run)
{
    public static TheoryData<string> ShortNames() => new(UpstreamSuite.Tests.Select(test => test.ShortName).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ShortNames))]
    public async Task the_upstream_test_passes_or_is_skipped_with_its_reason(string shortName)
    {
        var test = UpstreamSuite.Find(shortName);
        var plan = ConformancePlan.Current;
        var listedReason = plan.SkippedTests.GetValueOrDefault(shortName);
        if (plan.UnsupportedFeaturesOf(test) is { Count: > 0 } unsupported)
        {
            Skip(test, TestOutcome.NotSupported, $"needs features we do not claim ({string.Join(", ", unsupported)}){(listedReason is null ? "" : ": " + listedReason)}");
        }

        if (listedReason is not null)
        {
            Skip(test, TestOutcome.Skipped, listedReason);
        }

        var conformanceCase = ConformanceCase.TryLoad(shortName);
        if (conformanceCase is null)
        {
            run.Results.Record(new UpstreamTestResult(test, TestOutcome.Failed, "no transcribed case and no reason to skip"));
            Assert.Fail($"{shortName} needs only claimed features but has neither a case in conformance/cases/ nor a reason in conformance/skipped-tests.txt.");
        }

        try
        {
            await CaseRunner.RunAsync(run.Cluster, test, conformanceCase);
        }
        catch (Exception failure) when (plan.ExpectedFailures.TryGetValue(shortName, out var known) && failure is not OperationCanceledException)
        {
            run.Results.Record(new UpstreamTestResult(test, TestOutcome.Failed, known));
            Assert.Skip($"expected failure, listed in conformance/expected-failures.txt ({known}): {failure.Message}");
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            run.Results.Record(new UpstreamTestResult(test, TestOutcome.Failed, failure.Message));
            throw;
        }

        run.Results.Record(new UpstreamTestResult(test, TestOutcome.Passed, string.Empty));
        Assert.False(
            plan.ExpectedFailures.ContainsKey(shortName),
            $"{shortName} passed but is listed in conformance/expected-failures.txt: remove the entry.");
    }

    private void Skip(UpstreamTest test, TestOutcome outcome, string reason)
    {
        run.Results.Record(new UpstreamTestResult(test, outcome, reason));
        Assert.Skip(reason);
    }
}
