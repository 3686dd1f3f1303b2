using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output;

/// <summary>
/// What a command shows: a table for people, and the document behind it for json, yaml and jsonpath.
/// <paramref name="Markdown"/> replaces the Markdown rendering of the table when a command has a richer one.
/// </summary>
internal sealed record CommandOutput(Table Table, JsonNode Document, string? Markdown = null);
