using System.CommandLine;
using GitOpsGateway.Cli.Commands;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;
using GitOpsGateway.Cli.Validate;
using GitOpsGateway.Translation;

namespace GitOpsGateway.Cli.Plan;

/// <summary>
/// <c>ggctl plan DIR|GITREF</c>: compiles manifests locally with the control plane's loader and compiler and shows
/// the route-level changes against the source's active version, per Gateway, with the problems the manifests
/// would have. Exits 0 (nothing to change, or changes without <c>--detailed-exitcode</c>), 1 for problems, and
/// with <c>--detailed-exitcode</c> 7 for changes.
/// </summary>
internal sealed class PlanCommand : IGgctlCommand
{
    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var target = new Argument<string>("DIR|GITREF") { Description = "A folder of manifests, or a Git revision whose tree is read under the source's folder" };
        var source = new Option<string?>("--source") { Description = "The source to plan for (needed when the control plane has several)", HelpName = "NAME" };
        var gateway = new Option<string?>("--gateway") { Description = "Only this Gateway's changes (NAMESPACE/NAME)", HelpName = "NS/NAME" };
        var repository = new Option<string>("--repo") { Description = "Repository to read GITREF from", HelpName = "DIR", DefaultValueFactory = _ => "." };
        var detailed = new Option<bool>("--detailed-exitcode") { Description = $"Exit {ExitCodes.ChangesFound} when the manifests are sound and change routes (for CI)" };
        var controllerName = new Option<string>("--controller-name")
        {
            Description = "GatewayClasses whose spec.controllerName is this are ours",
            HelpName = "NAME",
            DefaultValueFactory = _ => TranslatorOptions.DefaultControllerName,
        };
        var clusterDomain = new Option<string>("--cluster-domain")
        {
            Description = "Suffix of Service DNS names for backends without an EndpointSlice",
            HelpName = "DOMAIN",
            DefaultValueFactory = _ => TranslatorOptions.DefaultClusterDomain,
        };
        var command = new Command("plan", "Compile manifests locally and show the route changes they would make to the source's active version.")
        {
            target, source, gateway, repository, detailed, controllerName, clusterDomain,
        };
        host.SetAction(command, (context, cancellationToken) =>
        {
            var request = new PlanRequest(
                context.Value(target)!,
                context.Value(source),
                context.Value(gateway),
                context.Value(repository)!,
                context.Value(detailed),
                new TranslatorOptions { ControllerName = context.Value(controllerName)!, ClusterDomain = context.Value(clusterDomain)! });
            return RunAsync(context, request, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, PlanRequest request, CancellationToken cancellationToken)
    {
        using var client = new AdminClient(await context.ResolveConnectionAsync(cancellationToken), onBehalfOf: null);
        var report = await PlanRun.RunAsync(client, request, context.Environment.Clock, cancellationToken);
        await PrintAsync(context, report);
        return report.Outcome switch
        {
            PlanOutcome.Problems => ExitCodes.ProblemsFound,
            PlanOutcome.Changes when request.DetailedExitCode => ExitCodes.ChangesFound,
            _ => ExitCodes.Success,
        };
    }

    private static async Task PrintAsync(CommandContext context, PlanReport report)
    {
        var table = PlanText.Changes(report);
        var document = PlanDocument.Build(report);
        if (context.Format.Kind is not (OutputKind.Table or OutputKind.Wide))
        {
            context.Print(new CommandOutput(table, document, PlanText.Markdown(report)));
            if (context.Format.IsMachineReadable && report.Outcome == PlanOutcome.Problems)
            {
                await context.Error.WriteLineAsync($"error: {report.Verdict.Summary}");
            }

            return;
        }

        await context.Out.WriteLineAsync(PlanText.Heading(report));
        await context.Out.WriteLineAsync();
        if (table.Rows.Count > 0)
        {
            context.Print(new CommandOutput(table, document));
            await context.Out.WriteLineAsync();
        }

        var problems = PlanText.ProblemLines(report).Concat(report.Validation.Diagnostics.Select(diagnostic => diagnostic.Text)).ToList();
        foreach (var line in problems)
        {
            await context.Out.WriteLineAsync(line);
        }

        if (problems.Count > 0)
        {
            await context.Out.WriteLineAsync();
        }

        await context.Out.WriteLineAsync(report.Summary);
    }
}
