using System.Globalization;
using GitOpsGateway.Audit.Nodes;
using GitOpsGateway.Audit.Queries;

namespace GitOpsGateway.Audit.Tests.Support;

/// <summary>
/// Every field of an answer on one line (diff entries on lines of their own), commits named by their number in
/// the script, so a test states the whole answer and a failure shows exactly what differs.
/// </summary>
internal static class AnswerText
{
    public static IReadOnlyList<string> Of(IEnumerable<ResourceChange> changes, ScriptedHistory history) =>
        changes.SelectMany(change => Of(change, history)).ToList();

    public static IReadOnlyList<string> Of(IEnumerable<ReferenceChange> changes, ScriptedHistory history) =>
        changes.Select(change => Of(change, history)).ToList();

    public static IReadOnlyList<string> Of(IEnumerable<GatewayChange> changes) =>
        changes.Select(change => $"{change.Gateway} {change.Kind} {change.Subject} | {change.Description}").ToList();

    public static IReadOnlyList<string> Of(IEnumerable<NodeVersionRun> runs) =>
        runs.Select(run =>
            $"{run.Id} {run.NodeKey} {run.Gateway} {run.Node} v{run.VersionNumber} {run.Hash ?? "-"} applied {Time(run.AppliedAt)} "
            + $"first {Time(run.FirstReportedAt)} last {Time(run.LastReportedAt)} replaced {Time(run.ReplacedAt)} by {run.ReplacedBy?.ToString(CultureInfo.InvariantCulture) ?? "-"} "
            + $"errors [{string.Join("; ", run.Errors)}]").ToList();

    public static string Time(DateTimeOffset? time) => time?.ToString("u", CultureInfo.InvariantCulture) ?? "-";

    private static IEnumerable<string> Of(ResourceChange change, ScriptedHistory history)
    {
        yield return
            $"{change.Change} {change.Resource} in {change.Source} gen {change.Generation} version {Number(change.VersionNumber)} "
            + $"commit {history.Name(change.CommitSha)} by {change.Author} authored {Time(change.AuthoredAt)} '{change.Message}' "
            + $"recorded {Time(change.RecordedAt)} at {change.File}:{change.Line}"
            + (change.RenamedFrom is null ? "" : $" renamed from {change.RenamedFrom}")
            + (change.RenamedTo is null ? "" : $" renamed to {change.RenamedTo}")
            + (change.OmittedChanges == 0 ? "" : $" ({change.OmittedChanges} more)");
        foreach (var entry in change.Diff)
        {
            yield return "  " + entry;
        }
    }

    private static string Of(ReferenceChange change, ScriptedHistory history) =>
        $"{change.Subject}{(change.MatchedPattern is null ? "" : $" (matched by {change.MatchedPattern})")} {change.View} {change.Change} {change.Route}{(change.Gateway is null ? "" : $" on {change.Gateway}")} "
        + $"[{change.Before}] -> [{change.After}] in {change.Source} version {Number(change.VersionNumber)} commit {history.Name(change.CommitSha)} "
        + $"by {change.Author} '{change.Message}'{(change.Provenance is null ? "" : $" ({change.Provenance})")} recorded {Time(change.RecordedAt)}";

    private static string Number(long? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
