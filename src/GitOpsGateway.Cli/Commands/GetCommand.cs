using System.CommandLine;
using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Commands;

/// <summary>
/// <c>ggctl get KIND [NAME] [-n NS | -A]</c>: objects as the control plane holds them, with their status;
/// <c>ggctl get rejections</c>: what the sources' last commits could not read or load.
/// </summary>
internal sealed class GetCommand : IGgctlCommand
{
    private static readonly TableColumn[] Columns =
        [new("NAMESPACE"), new("NAME"), new("GENERATION"), new("VERSION"), new("STATUS"), new("UPDATED"), new("COMMIT", WideOnly: true), new("FILE", WideOnly: true)];

    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var kind = new Argument<string>("KIND") { Description = "gateway, httproute, service, ... (any case), or rejections" };
        var name = new Argument<string?>("NAME") { Description = "Only this object", Arity = ArgumentArity.ZeroOrOne };
        var ns = new Option<string>("--namespace", "-n") { Description = "The namespace", DefaultValueFactory = _ => "default", HelpName = "NS" };
        var all = new Option<bool>("--all-namespaces", "-A") { Description = "Every namespace" };
        var command = new Command("get", "List objects of a kind with their status.") { kind, name, ns, all };
        host.SetAction(command, (context, cancellationToken) =>
        {
            var kindName = context.Value(kind)!;
            if (RejectionsTable.IsKind(kindName))
            {
                return ServerCall.RunAsync(context, (client, token) => client.GetAsync("/api/v1/rejections", token), RejectionsTable.Of, cancellationToken);
            }

            var scope = context.Value(all) || ResourceKindNames.IsClusterScoped(kindName) ? null : context.Value(ns);
            var wanted = context.Value(name);
            return ServerCall.RunAsync(
                context,
                async (client, token) =>
                {
                    var found = await client.GetAsync("/api/v1/resources" + ServerCall.Query(("kind", kindName), ("namespace", scope)), token);
                    if (wanted is null)
                    {
                        return found;
                    }

                    var match = ServerCall.Items(found).FirstOrDefault(item => (string?)item["name"] == wanted)
                        ?? throw new CliException($"There is no {kindName} named '{wanted}'{(scope is null ? string.Empty : $" in namespace '{scope}'")}.", ExitCodes.NotFound);
                    return match.DeepClone();
                },
                document => ServerCall.Rows(Columns, document is JsonArray ? ServerCall.Items(document) : [document], item =>
                [
                    ServerCall.Cell(item["namespace"]),
                    ServerCall.Cell(item["name"]),
                    ServerCall.Cell(item["generation"]),
                    ServerCall.Cell(item["versionNumber"]),
                    ConditionSummary.Of(item["status"]),
                    ServerCall.Cell(item["updatedAt"]),
                    ServerCall.Short(item["commitSha"], 7),
                    ServerCall.Cell(item["file"]),
                ]),
                cancellationToken);
        });
        return command;
    }
}
