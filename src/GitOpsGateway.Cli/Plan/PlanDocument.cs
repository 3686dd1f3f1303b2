using System.Text.Json.Nodes;
using GitOpsGateway.GatewayApi;

namespace GitOpsGateway.Cli.Plan;

/// <summary>
/// The plan for programs (<c>-o json|yaml|jsonpath</c>): the source, what was compiled, the version compared
/// against, the outcome, every change per Gateway (kind, subject, key, description as <c>ggctl diff</c> gives
/// them), the objects with problems and every diagnostic with its location.
/// </summary>
internal static class PlanDocument
{
    public static JsonObject Build(PlanReport report) => new()
    {
        ["source"] = report.Source,
        ["manifests"] = report.Input.Description,
        ["commit"] = report.Input.CommitSha,
        ["baseVersion"] = report.Baseline.VersionNumber,
        ["baseCommit"] = report.Baseline.CommitSha,
        ["basePinned"] = report.Baseline.Pinned,
        ["hash"] = report.Validation.Compiled.Hash,
        ["outcome"] = report.Outcome.ToString(),
        ["changeCount"] = report.ChangeCount,
        ["summary"] = report.Summary,
        ["gateways"] = new JsonArray([.. report.Gateways.Select(Gateway)]),
        ["problems"] = new JsonArray([.. report.Problems.Select(problem => (JsonNode)new JsonObject
        {
            ["kind"] = ResourceKinds.Name(problem.Resource.Kind),
            ["namespace"] = problem.Resource.Metadata.Namespace,
            ["name"] = problem.Resource.Metadata.Name,
            ["location"] = problem.Location.File.Length == 0 ? null : problem.Location.ToString(),
            ["accepted"] = problem.Accepted,
            ["resolvedRefs"] = problem.Resolved,
            ["reason"] = problem.Reason,
            ["message"] = problem.Message,
        })]),
        ["diagnostics"] = new JsonArray([.. report.Validation.Diagnostics.Select(diagnostic => (JsonNode)new JsonObject
        {
            ["severity"] = diagnostic.IsError ? "Error" : "Warning",
            ["text"] = diagnostic.Text,
        })]),
    };

    private static JsonNode Gateway(GatewayPlan gateway) => new JsonObject
    {
        ["gateway"] = gateway.Gateway,
        ["change"] = gateway.Change.ToString(),
        ["changes"] = new JsonArray([.. gateway.Changes.Select(change => (JsonNode)new JsonObject
        {
            ["kind"] = change.Kind.ToString(),
            ["subject"] = change.Subject.ToString(),
            ["key"] = change.Key,
            ["description"] = change.Description,
        })]),
    };
}
