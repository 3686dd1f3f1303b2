using System.Text;
using GitOpsGateway.Cli.Output;
using GitOpsGateway.GatewayApi;

namespace GitOpsGateway.Cli.Plan;

/// <summary>
/// The plan for people: a heading naming what was compared, the changes as a table (one row per change, grouped
/// by Gateway), then the objects with problems and the diagnostics; and the same as Markdown for a pull request.
/// </summary>
internal static class PlanText
{
    private static readonly TableColumn[] Columns =
        [new("GATEWAY"), new("CHANGE"), new("SUBJECT"), new("DESCRIPTION"), new("KEY", WideOnly: true)];

    public static string Heading(PlanReport report) =>
        $"Plan for source {report.Source}: {report.Input.Description} against {Baseline(report)}.";

    public static Table Changes(PlanReport report) => new(
        Columns,
        [.. report.Gateways.SelectMany(gateway => gateway.Changes.Select(change => (IReadOnlyList<string>)
        [
            gateway.Gateway,
            change.Kind.ToString(),
            change.Subject.ToString(),
            change.Description,
            change.Key,
        ]))]);

    public static IEnumerable<string> ProblemLines(PlanReport report) =>
        report.Problems.Select(problem =>
            $"{Location(problem.Location)}{ResourceKinds.Name(problem.Resource.Kind)} {Name(problem.Resource)}: {problem.Reason}: {problem.Message}");

    public static string Markdown(PlanReport report)
    {
        var builder = new StringBuilder();
        builder.Append("### ggctl plan: ").Append(report.Source).Append('\n').Append('\n');
        builder.Append(Heading(report)).Append('\n').Append('\n');
        builder.Append("**").Append(report.Summary).Append("**\n");
        foreach (var gateway in report.Gateways)
        {
            builder.Append('\n').Append("#### Gateway `").Append(gateway.Gateway).Append("` (").Append(gateway.Change.ToString().ToLowerInvariant()).Append(")\n\n");
            builder.Append("| CHANGE | SUBJECT | DESCRIPTION |\n| --- | --- | --- |\n");
            foreach (var change in gateway.Changes)
            {
                builder.Append("| ").Append(change.Kind).Append(" | ").Append(change.Subject).Append(" | ")
                    .Append(MarkdownTableWriter.Cell(change.Description)).Append(" |\n");
            }
        }

        var problems = ProblemLines(report).ToList();
        var diagnostics = report.Validation.Diagnostics.Select(diagnostic => diagnostic.Text).ToList();
        if (problems.Count + diagnostics.Count > 0)
        {
            builder.Append("\n#### Problems\n\n```\n");
            foreach (var line in problems.Concat(diagnostics))
            {
                builder.Append(line.Replace("```", "'''", StringComparison.Ordinal)).Append('\n');
            }

            builder.Append("```\n");
        }

        return builder.ToString();
    }

    private static string Baseline(PlanReport report)
    {
        if (report.Baseline.VersionNumber is null)
        {
            return "no version yet (everything is new)";
        }

        var commit = report.Baseline.CommitSha is { Length: >= 7 } sha ? $", commit {sha[..7]}" : string.Empty;
        var pinned = report.Baseline.Pinned ? ", pinned" : string.Empty;
        return $"the active version {report.BaselineName}{commit}{pinned}";
    }

    private static string Location(SourceLocation location) => location.File.Length == 0 ? string.Empty : $"{location}: ";

    private static string Name(KubernetesResource resource) =>
        resource.Metadata.Namespace.Length == 0 ? resource.Metadata.Name : $"{resource.Metadata.Namespace}/{resource.Metadata.Name}";
}
