using System.CommandLine;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Commands;

/// <summary><c>ggctl status</c>: each source's active and head version and its pin, in one sentence.</summary>
internal sealed class StatusCommand : IGgctlCommand
{
    private static readonly TableColumn[] Columns =
        [new("SOURCE"), new("ACTIVE"), new("HEAD"), new("PINNED"), new("REJECTED"), new("STATUS"), new("LAST ERROR", WideOnly: true)];

    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var command = new Command("status", "Show each source's active and head versions, its pin, and the nodes.");
        host.SetAction(command, (context, cancellationToken) => ServerCall.RunAsync(
            context,
            (client, token) => client.GetAsync("/api/v1/status", token),
            document => ServerCall.Rows(Columns, ServerCall.Items(document["sources"]!), source =>
            [
                ServerCall.Cell(source["name"]),
                ServerCall.Cell(source["activeVersion"]),
                ServerCall.Cell(source["headVersion"]),
                source["pin"] is null ? "no" : "yes",
                ServerCall.Cell(source["rejections"]),
                ServerCall.Cell(source["summary"]),
                ServerCall.Cell(source["lastError"]),
            ]),
            cancellationToken));
        return command;
    }
}
