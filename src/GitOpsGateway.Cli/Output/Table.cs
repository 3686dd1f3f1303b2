namespace GitOpsGateway.Cli.Output;

/// <summary>Rows for people: one cell per column, in column order (wide-only cells included).</summary>
internal sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>What an empty cell shows, as in kubectl.</summary>
    public const string None = "<none>";
}
