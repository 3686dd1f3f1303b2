using GitOpsGateway.Cli.Commands;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Validate;

namespace GitOpsGateway.Cli.Plan;

/// <summary>
/// Runs a plan: chooses the source, reads the manifests (a folder, or the source's folder at a revision), fetches
/// the source's active version, compiles the manifests with the control plane's creation times (so the Gateway
/// API's "oldest route wins" breaks ties as on the server; objects the server does not know yet count as newest)
/// and diffs the route tables per Gateway.
/// </summary>
internal static class PlanRun
{
    public static async Task<PlanReport> RunAsync(AdminClient client, PlanRequest request, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Gateway is { } gateway && gateway.Split('/') is not [{ Length: > 0 }, { Length: > 0 }])
        {
            throw new CliException($"--gateway '{gateway}' is not NAMESPACE/NAME.");
        }

        if (File.Exists(request.Target))
        {
            throw new CliException($"'{request.Target}' is a file; plan reads a folder of manifests or a Git revision.");
        }

        var source = await PlanSource.ChooseAsync(client, request.Source, cancellationToken);
        var input = Directory.Exists(request.Target)
            ? await PlanInput.FromDirectoryAsync(request.Target, cancellationToken)
            : PlanInput.FromRevision(request.Repository, request.Target, source.Folder, cancellationToken);
        var baseline = await ServerBaseline.FetchAsync(client, source, cancellationToken);
        var now = clock.GetUtcNow();
        var resources = input.Load.Resources.WithMetadata(resource => resource.Metadata with
        {
            CreationTimestamp = baseline.CreatedAt.TryGetValue(resource.Key, out var created) ? created : now,
        });
        var validation = ValidationRun.Compile(input.DisplayRoot, input.Load with { Resources = resources }, request.Options);
        var summaries = ObjectSummaries.From(validation);
        var gateways = GatewayPlan.Compare(baseline.Tables, validation.Compiled.Tables, request.Gateway);
        return new PlanReport(source.Name, input, baseline, validation, summaries, ValidationVerdict.Of(validation, summaries), gateways);
    }
}
