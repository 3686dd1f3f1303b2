using System.CommandLine;
using System.Globalization;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;
using GitOpsGateway.Translation;

namespace GitOpsGateway.Cli.Validate;

/// <summary>
/// <c>ggctl validate DIR</c>: the control plane's loader and compiler, offline. Prints each Gateway API object's
/// status (a table, or a Kubernetes List with -o json|yaml|jsonpath) and every diagnostic with file:line; exits
/// 0 when everything is accepted and resolved, 1 when not, 2 when the folder cannot be read.
/// </summary>
internal sealed class ValidateCommand : IGgctlCommand
{
    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var directory = new Argument<string>("DIR") { Description = "Folder of manifests: every *.yaml, *.yml and *.json below it" };
        var controllerName = new Option<string>("--controller-name")
        {
            Description = "GatewayClasses whose spec.controllerName is this are ours",
            HelpName = "NAME",
            DefaultValueFactory = _ => TranslatorOptions.DefaultControllerName,
        };
        var clusterDomain = new Option<string>("--cluster-domain")
        {
            Description = "Suffix of Service DNS names (NAME.NAMESPACE.svc.DOMAIN) for backends without an EndpointSlice",
            HelpName = "DOMAIN",
            DefaultValueFactory = _ => TranslatorOptions.DefaultClusterDomain,
        };
        var command = new Command("validate", "Load, validate and compile a folder of Gateway API manifests offline, as the control plane would.")
        {
            directory,
            controllerName,
            clusterDomain,
        };
        host.SetAction(command, (context, cancellationToken) =>
        {
            var options = new TranslatorOptions
            {
                ControllerName = context.Value(controllerName)!,
                ClusterDomain = context.Value(clusterDomain)!,
            };
            return RunAsync(context, context.Value(directory)!, options, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string directory, TranslatorOptions options, CancellationToken cancellationToken)
    {
        var report = await ValidationRun.RunAsync(directory, options, cancellationToken);
        var summaries = ObjectSummaries.From(report);
        var checkedAt = context.Environment.Clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var machineReadable = context.Format.IsMachineReadable;
        if (summaries.Count > 0 || machineReadable)
        {
            context.Print(new CommandOutput(ValidationTable.Build(summaries), StatusDocument.Build(report, checkedAt)));
        }
        else
        {
            await context.Error.WriteLineAsync($"No Gateway API objects found in {directory}.");
        }

        // Scripts parse stdout in the machine formats, so diagnostics go to stderr there; people read them under the table.
        var diagnosticsOut = machineReadable ? context.Error : context.Out;
        var diagnostics = report.Diagnostics.ToList();
        if (diagnostics.Count > 0 && !machineReadable && summaries.Count > 0)
        {
            await diagnosticsOut.WriteLineAsync();
        }

        foreach (var diagnostic in diagnostics)
        {
            await diagnosticsOut.WriteLineAsync(diagnostic.Text);
        }

        var verdict = ValidationVerdict.Of(report, summaries);
        if (verdict.Passed)
        {
            return ExitCodes.Success;
        }

        await context.Error.WriteLineAsync($"error: {verdict.Summary}");
        return ExitCodes.ProblemsFound;
    }
}
