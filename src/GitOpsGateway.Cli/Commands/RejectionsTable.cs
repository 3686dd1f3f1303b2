using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Commands;

/// <summary><c>ggctl get rejections</c>: each source's current rejections, one row each.</summary>
internal static class RejectionsTable
{
    private static readonly TableColumn[] Columns =
        [new("SOURCE"), new("SEVERITY"), new("FILE"), new("LINE"), new("OBJECT"), new("REASON"), new("MESSAGE"), new("COMMIT", WideOnly: true)];

    public static bool IsKind(string kind) =>
        string.Equals(kind, "rejections", StringComparison.OrdinalIgnoreCase) || string.Equals(kind, "rejection", StringComparison.OrdinalIgnoreCase);

    public static Table Of(JsonNode document) => ServerCall.Rows(Columns, ServerCall.Items(document), item =>
    [
        ServerCall.Cell(item["source"]),
        ServerCall.Cell(item["severity"] ?? "Error"),
        ServerCall.Cell(item["file"]),
        ServerCall.Cell(item["line"]),
        ServerCall.Cell(item["resource"]),
        ServerCall.Cell(item["reason"] ?? item["field"]),
        ServerCall.Cell(item["message"]),
        ServerCall.Short(item["commitSha"], 7),
    ]);
}
