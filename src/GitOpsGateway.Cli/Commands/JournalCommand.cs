using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Commands;

/// <summary>
/// <c>ggctl journal [--source S]</c>: rollbacks, pins, unpins, maskings and token changes, newest first, with the
/// authenticated identity and, beside it, whom automation said it acted for.
/// </summary>
internal sealed class JournalCommand : IGgctlCommand
{
    private static readonly TableColumn[] Columns =
    [
        new("AT"), new("KIND"), new("SOURCE"), new("TARGET", MaxWidth: 40), new("BY"), new("ON BEHALF OF"), new("REASON", MaxWidth: 40),
        new("RESULT"), new("ISSUER", WideOnly: true), new("COMMAND", WideOnly: true),
    ];

    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var source = new Option<string?>("--source") { Description = "Only this source's commands", HelpName = "NAME" };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only commands at or after this time (ISO 8601)", HelpName = "T" };
        var command = new Command("journal", "Show who rolled back, pinned, unpinned or changed tokens, and why (newest first).") { source, since };
        host.SetAction(command, (context, cancellationToken) => ServerCall.RunAsync(
            context,
            (client, token) => client.GetAsync("/api/v1/journal" + ServerCall.Query(
                ("source", context.Value(source)),
                ("since", context.Value(since)?.ToString("O", CultureInfo.InvariantCulture)),
                ("newestFirst", "true")), token),
            document => ServerCall.Rows(Columns, ServerCall.Items(document), Row),
            cancellationToken));
        return command;
    }

    /// <summary>BY is the authenticated subject; an entry from before authentication (or from the offline mask-secret tool) shows its self-declared actor, marked so.</summary>
    private static IReadOnlyList<string> Row(JsonNode entry) =>
    [
        ServerCall.Cell(entry["at"]),
        ServerCall.Cell(entry["kind"]),
        ServerCall.Cell(entry["source"]),
        ServerCall.Cell(entry["target"]),
        entry["issuer"] is null ? ServerCall.Cell(entry["actor"]) + " (self-declared)" : ServerCall.Cell(entry["subject"]),
        ServerCall.Cell(entry["onBehalfOf"]),
        ServerCall.Cell(entry["reason"]),
        ServerCall.Cell(entry["resultingVersion"]),
        ServerCall.Cell(entry["issuer"]),
        ServerCall.Cell(entry["id"]),
    ];
}
