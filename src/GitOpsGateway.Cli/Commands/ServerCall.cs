using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Commands;

/// <summary>How every server command runs: one admin API call, then its answer printed as a table or as the document itself.</summary>
internal static class ServerCall
{
    public static async Task<int> RunAsync(
        CommandContext context,
        Func<AdminClient, CancellationToken, Task<JsonNode>> call,
        Func<JsonNode, Table> table,
        CancellationToken cancellationToken)
    {
        using var client = new AdminClient(await context.ResolveConnectionAsync(cancellationToken), OnBehalfOf(context));
        var document = await call(client, cancellationToken);
        context.Print(new CommandOutput(table(document), document));
        return ExitCodes.Success;
    }

    /// <summary>
    /// <c>$GGCTL_ON_BEHALF_OF</c> (or <c>$GGCTL_ACTOR</c>, its older name): set by automation acting for a person. A
    /// person using their own token sets nothing: the token is the identity.
    /// </summary>
    public static string? OnBehalfOf(CommandContext context) =>
        context.Environment.Variable("GGCTL_ON_BEHALF_OF") ?? context.Environment.Variable("GGCTL_ACTOR");

    /// <summary>The items of a paged answer (<c>{"items": [...]}</c>) or of a plain array.</summary>
    public static IEnumerable<JsonNode> Items(JsonNode document) =>
        (document is JsonArray array ? array : document["items"]?.AsArray() ?? []).Where(item => item is not null)!;

    /// <summary>A cell: the value's text, or <see cref="Table.None"/>.</summary>
    public static string Cell(JsonNode? node) => node switch
    {
        null => Table.None,
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length == 0 ? Table.None : text,
        _ => node.ToJsonString(),
    };

    /// <summary>The first <paramref name="length"/> characters of a hash or sha, as people compare them.</summary>
    public static string Short(JsonNode? node, int length) => Cell(node) is var text && text != Table.None && text.Length > length ? text[..length] : Cell(node);

    public static Table Rows(IReadOnlyList<TableColumn> columns, IEnumerable<JsonNode> items, Func<JsonNode, IReadOnlyList<string>> row) =>
        new(columns, [.. items.Select(row)]);

    public static string Query(params (string Name, string? Value)[] parameters) =>
        string.Join('&', parameters.Where(parameter => parameter.Value is not null).Select(parameter => $"{parameter.Name}={Uri.EscapeDataString(parameter.Value!)}")) is { Length: > 0 } query
            ? "?" + query
            : string.Empty;
}
