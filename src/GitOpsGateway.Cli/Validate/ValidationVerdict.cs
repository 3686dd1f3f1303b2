using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Cli.Validate;

/// <summary>
/// Whether a folder passed: no object with a problem, no error from the loader or the compiler, and, when there
/// are GatewayClasses, Gateways or routes at all, at least one GatewayClass of our controller (otherwise nothing
/// was compiled, which is almost always a wrong <c>--controller-name</c>).
/// </summary>
internal sealed record ValidationVerdict(int Objects, int ObjectsWithProblems, int LoadErrors, int CompileErrors, string? UnhandledController)
{
    public bool Passed => ObjectsWithProblems == 0 && LoadErrors == 0 && CompileErrors == 0 && UnhandledController is null;

    public string Summary => UnhandledController is { } controllerName && ObjectsWithProblems == 0 && LoadErrors == 0 && CompileErrors == 0
        ? $"validation failed: no GatewayClass has controllerName {controllerName}, so nothing was compiled (see --controller-name)."
        : $"validation failed: {ObjectsWithProblems} of {Count(Objects, "Gateway API object")} not accepted or not resolved, " +
          $"{Count(LoadErrors, "loader error")}, {Count(CompileErrors, "compiler error")}.";

    public static ValidationVerdict Of(ValidationReport report, IReadOnlyList<ObjectSummary> summaries)
    {
        var routable = summaries.Any(summary => summary.Resource.Kind != ResourceKind.ReferenceGrant);
        return new ValidationVerdict(
            summaries.Count,
            summaries.Count(summary => summary.HasProblem),
            report.Load.Errors.Count(),
            report.Compiled.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error),
            routable && report.Compiled.GatewayClasses.Count == 0 ? report.Options.ControllerName : null);
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
