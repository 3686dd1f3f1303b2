namespace GitOpsGateway.Cli.Output;

internal enum OutputKind
{
    Table,
    Wide,
    Json,
    Yaml,
    JsonPath,
    Markdown,
}
