using System.CommandLine;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Commands;

/// <summary><c>ggctl history KIND/NAME -n NS</c>: every change of one object, with version, commit and author.</summary>
internal sealed class HistoryCommand : IGgctlCommand
{
    private static readonly TableColumn[] Columns =
        [new("RECORDED"), new("CHANGE"), new("GENERATION"), new("VERSION"), new("COMMIT"), new("AUTHOR", MaxWidth: 30), new("MESSAGE", WideOnly: true)];

    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var resource = new Argument<string>("KIND/NAME") { Description = "The object, e.g. httproute/web; KIND/NAME with no namespace for cluster-scoped kinds" };
        var ns = new Option<string>("--namespace", "-n") { Description = "The object's namespace", DefaultValueFactory = _ => "default", HelpName = "NS" };
        var command = new Command("history", "Show every change of one object: version, commit, author, time, manifest diff.") { resource, ns };
        host.SetAction(command, (context, cancellationToken) =>
        {
            var parts = context.Value(resource)!.Split('/');
            if (parts is not [{ Length: > 0 } kind, { Length: > 0 } name])
            {
                throw new CliException($"'{context.Value(resource)}' is not KIND/NAME.");
            }

            var scope = ResourceKindNames.IsClusterScoped(kind) ? "_" : context.Value(ns)!;
            return ServerCall.RunAsync(
                context,
                (client, token) => client.GetAsync($"/api/v1/history/{Uri.EscapeDataString(kind)}/{Uri.EscapeDataString(scope)}/{Uri.EscapeDataString(name)}", token),
                document => ServerCall.Rows(Columns, ServerCall.Items(document), change =>
                [
                    ServerCall.Cell(change["recordedAt"]),
                    ServerCall.Cell(change["change"]),
                    ServerCall.Cell(change["generation"]),
                    ServerCall.Cell(change["versionNumber"]),
                    ServerCall.Short(change["commitSha"], 7),
                    ServerCall.Cell(change["author"]),
                    ServerCall.Cell(change["message"]),
                ]),
                cancellationToken);
        });
        return command;
    }
}
