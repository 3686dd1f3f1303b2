using System.CommandLine;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Commands;

/// <summary><c>ggctl diff VA VB</c>: the route-level changes from one version to another.</summary>
internal sealed class DiffCommand : IGgctlCommand
{
    private static readonly TableColumn[] Columns = [new("GATEWAY"), new("CHANGE"), new("SUBJECT"), new("DESCRIPTION", MaxWidth: 80), new("KEY", WideOnly: true)];

    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var from = new Argument<long>("VA") { Description = "The version to compare from" };
        var to = new Argument<long>("VB") { Description = "The version to compare to" };
        var gateway = new Option<string?>("--gateway") { Description = "Only this Gateway (NAMESPACE/NAME)", HelpName = "NS/NAME" };
        var command = new Command("diff", "Show what changed in the route tables between two versions.") { from, to, gateway };
        host.SetAction(command, (context, cancellationToken) => ServerCall.RunAsync(
            context,
            (client, token) => client.GetAsync($"/api/v1/versions/{context.Value(from)}/diff/{context.Value(to)}" + ServerCall.Query(("gateway", context.Value(gateway))), token),
            document => ServerCall.Rows(Columns, ServerCall.Items(document["changes"]!), change =>
            [
                ServerCall.Cell(change["gateway"]),
                ServerCall.Cell(change["kind"]),
                ServerCall.Cell(change["subject"]),
                ServerCall.Cell(change["description"]),
                ServerCall.Cell(change["key"]),
            ]),
            cancellationToken));
        return command;
    }
}
