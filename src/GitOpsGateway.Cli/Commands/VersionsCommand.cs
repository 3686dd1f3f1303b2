using System.CommandLine;
using System.Globalization;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Commands;

/// <summary><c>ggctl versions</c>: route-table versions, newest first.</summary>
internal sealed class VersionsCommand : IGgctlCommand
{
    private static readonly TableColumn[] Columns =
        [new("VERSION"), new("HASH"), new("CREATED"), new("PROVENANCE", MaxWidth: 60), new("GATEWAYS", WideOnly: true)];

    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var page = new Option<int>("--page") { Description = "Page number, from 1", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = "Versions per page", DefaultValueFactory = _ => 50 };
        var command = new Command("versions", "List route-table versions, newest first.") { page, pageSize };
        host.SetAction(command, (context, cancellationToken) => ServerCall.RunAsync(
            context,
            (client, token) => client.GetAsync("/api/v1/versions" + ServerCall.Query(
                ("page", context.Value(page).ToString(CultureInfo.InvariantCulture)),
                ("pageSize", context.Value(pageSize).ToString(CultureInfo.InvariantCulture))), token),
            document => ServerCall.Rows(Columns, ServerCall.Items(document), version =>
            [
                ServerCall.Cell(version["number"]),
                ServerCall.Short(version["hash"], 12),
                ServerCall.Cell(version["createdAt"]),
                ServerCall.Cell(version["provenance"]?["description"]),
                string.Join(',', version["gateways"]?.AsArray().Select(ServerCall.Cell) ?? []),
            ]),
            cancellationToken));
        return command;
    }
}
