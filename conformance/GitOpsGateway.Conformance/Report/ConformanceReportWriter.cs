using System.Globalization;
using System.Text;
using GitOpsGateway.Conformance.Upstream;

namespace GitOpsGateway.Conformance.Report;

/// <summary>
/// Writes the results as the <c>gateway.networking.k8s.io/v1</c> ConformanceReport the upstream suite writes: per
/// profile, core and extended results with statistics, the skipped and failed tests, the supported features and,
/// beyond upstream's shape, our reason for every skipped test (<c>skippedTestReasons</c>).
/// </summary>
public static class ConformanceReportWriter
{
    public static string Write(IReadOnlyList<UpstreamTestResult> results, IReadOnlySet<string> supportedFeatures, string implementationVersion, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(supportedFeatures);
        var yaml = new StringBuilder();
        yaml.AppendLine("apiVersion: gateway.networking.k8s.io/v1");
        yaml.AppendLine("kind: ConformanceReport");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"date: \"{date.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\"");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"gatewayAPIVersion: {UpstreamSuite.Version}");
        yaml.AppendLine("gatewayAPIChannel: experimental");
        yaml.AppendLine("mode: default");
        var implementation = ReasonList.Read(Path.Combine(UpstreamSuite.ConformanceFolder, "implementation.txt"));
        yaml.AppendLine("implementation:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  organization: {Quote(implementation["organization"])}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  project: {Quote(implementation["project"])}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  url: {Quote(implementation["url"])}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  version: {implementationVersion}");
        yaml.AppendLine("  contact:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {Quote(implementation["contact"])}");
        yaml.AppendLine("profiles:");
        foreach (var profile in ConformanceProfile.Gateway)
        {
            WriteProfile(yaml, profile, results.Where(result => profile.Covers(result.Test)).ToList(), supportedFeatures);
        }

        var provisional = results.Where(result => result.Outcome == TestOutcome.Passed && result.Test.Provisional).Select(result => result.Test.ShortName).ToList();
        if (provisional.Count > 0)
        {
            yaml.AppendLine("succeededProvisionalTests:");
            provisional.ForEach(name => yaml.AppendLine("- " + name));
        }

        var skipped = results.Where(result => result.Outcome is TestOutcome.Skipped or TestOutcome.NotSupported).ToList();
        yaml.AppendLine("# Not part of upstream's shape: why each test that did not run was skipped.");
        yaml.AppendLine("skippedTestReasons:");
        foreach (var result in skipped)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  {result.Test.ShortName}: {Quote(result.Reason)}");
        }

        return yaml.ToString();
    }

    private static void WriteProfile(StringBuilder yaml, ConformanceProfile profile, IReadOnlyList<UpstreamTestResult> results, IReadOnlySet<string> supportedFeatures)
    {
        var counted = results.Where(result => result.Outcome != TestOutcome.NotSupported).ToList();
        var core = counted.Where(result => !profile.IsExtended(result.Test)).ToList();
        var extended = counted.Where(result => profile.IsExtended(result.Test)).ToList();
        var supported = profile.ExtendedFeatures.Where(supportedFeatures.Contains).Order(StringComparer.Ordinal).ToList();
        var unsupported = profile.ExtendedFeatures.Where(feature => !supportedFeatures.Contains(feature)).Order(StringComparer.Ordinal).ToList();
        yaml.AppendLine(CultureInfo.InvariantCulture, $"- name: {profile.Name}");
        var coreResult = WriteStatus(yaml, "core", core);
        var extendedResult = extended.Count > 0 || supported.Count > 0 ? WriteStatus(yaml, "extended", extended) : null;
        if (extendedResult is not null)
        {
            WriteList(yaml, "    supportedFeatures", supported);
            WriteList(yaml, "    unsupportedFeatures", unsupported);
        }

        var summary = "Core tests " + Summary(coreResult, core) + (extendedResult is null ? "" : ". Extended tests " + Summary(extendedResult, extended)) + ".";
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  summary: {Quote(summary)}");
    }

    private static string WriteStatus(StringBuilder yaml, string level, IReadOnlyList<UpstreamTestResult> results)
    {
        var passed = results.Count(result => result.Outcome == TestOutcome.Passed);
        var failed = results.Where(result => result.Outcome == TestOutcome.Failed).Select(result => result.Test.ShortName).ToList();
        var skipped = results.Where(result => result.Outcome == TestOutcome.Skipped).Select(result => result.Test.ShortName).ToList();
        var outcome = failed.Count > 0 ? "failure" : skipped.Count > 0 ? "partial" : "success";
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  {level}:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    result: {outcome}");
        yaml.AppendLine("    statistics:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"      Failed: {failed.Count}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"      Passed: {passed}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"      Skipped: {skipped.Count}");
        WriteList(yaml, "    failedTests", failed);
        WriteList(yaml, "    skippedTests", skipped);
        return outcome;
    }

    private static string Summary(string outcome, IReadOnlyList<UpstreamTestResult> results) => outcome switch
    {
        "failure" => $"failed with {results.Count(result => result.Outcome == TestOutcome.Failed)} test failures",
        "partial" => $"partially succeeded with {results.Count(result => result.Outcome == TestOutcome.Skipped)} test skips",
        _ => "succeeded",
    };

    private static void WriteList(StringBuilder yaml, string key, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        yaml.AppendLine(key + ":");
        var indent = new string(' ', key.Length - key.TrimStart().Length);
        foreach (var item in items)
        {
            yaml.AppendLine(indent + "- " + item);
        }
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
