using System.CommandLine;
using System.Globalization;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Commands;

/// <summary><c>ggctl audit --hostname H | --path P | --backend NS/SVC</c>: which routes referred to it, and when that changed.</summary>
internal sealed class AuditCommand : IGgctlCommand
{
    private static readonly TableColumn[] Columns =
        [new("RECORDED"), new("VIEW"), new("CHANGE"), new("ROUTE"), new("GATEWAY"), new("VERSION"), new("COMMIT"), new("AUTHOR", WideOnly: true)];

    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var hostname = new Option<string?>("--hostname") { Description = "A hostname", HelpName = "H" };
        var path = new Option<string?>("--path") { Description = "A path match value, e.g. /api", HelpName = "P" };
        var backend = new Option<string?>("--backend") { Description = "A backend Service", HelpName = "NS/SVC" };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only changes recorded at or after this time (ISO 8601)", HelpName = "T" };
        var until = new Option<DateTimeOffset?>("--until") { Description = "Only changes recorded before this time (ISO 8601)", HelpName = "T" };
        var command = new Command("audit", "Show the history of a hostname, a path or a backend Service across all routes.") { hostname, path, backend, since, until };
        command.Validators.Add(result =>
        {
            if (new[] { hostname, path, backend }.Count(option => result.GetResult(option) is not null) != 1)
            {
                result.AddError("Give exactly one of --hostname, --path and --backend.");
            }
        });
        host.SetAction(command, (context, cancellationToken) => ServerCall.RunAsync(
            context,
            (client, token) => client.GetAsync("/api/v1/audit" + ServerCall.Query(
                ("hostname", context.Value(hostname)),
                ("path", context.Value(path)),
                ("backend", context.Value(backend)),
                ("since", context.Value(since)?.ToString("O", CultureInfo.InvariantCulture)),
                ("until", context.Value(until)?.ToString("O", CultureInfo.InvariantCulture))), token),
            document => ServerCall.Rows(Columns, ServerCall.Items(document), change =>
            [
                ServerCall.Cell(change["recordedAt"]),
                ServerCall.Cell(change["view"]),
                ServerCall.Cell(change["change"]),
                ServerCall.Cell(change["route"]),
                ServerCall.Cell(change["gateway"]),
                ServerCall.Cell(change["versionNumber"]),
                ServerCall.Short(change["commitSha"], 7),
                ServerCall.Cell(change["author"]),
            ]),
            cancellationToken));
        return command;
    }
}
