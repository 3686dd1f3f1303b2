using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output;

/// <summary>What a command shows: a table for people, and the document behind it for json, yaml and jsonpath.</summary>
internal sealed record CommandOutput(Table Table, JsonNode Document);
