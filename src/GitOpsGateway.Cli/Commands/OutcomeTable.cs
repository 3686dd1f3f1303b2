using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Commands;

/// <summary>The one-row table of a rollback, pin or unpin outcome.</summary>
internal static class OutcomeTable
{
    private static readonly TableColumn[] Columns = [new("SOURCE"), new("ACTIVE"), new("RESTORED"), new("DESCRIPTION"), new("COMMAND", WideOnly: true)];

    public static Table Build(JsonNode outcome) => new(Columns,
    [
        [
            ServerCall.Cell(outcome["source"]),
            ServerCall.Cell(outcome["activeVersion"]),
            ServerCall.Cell(outcome["restoredVersion"]),
            ServerCall.Cell(outcome["description"]),
            ServerCall.Cell(outcome["commandId"]),
        ],
    ]);
}
