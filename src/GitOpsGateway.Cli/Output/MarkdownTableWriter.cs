using System.Text;

namespace GitOpsGateway.Cli.Output;

/// <summary>
/// A table as GitHub-flavoured Markdown, for pull-request comments: the columns of the default table (wide-only
/// ones left out), cells on one line with <c>|</c> escaped, each line ending in <c>\n</c> on every machine.
/// </summary>
internal static class MarkdownTableWriter
{
    public static string Write(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var shown = Enumerable.Range(0, table.Columns.Count).Where(index => !table.Columns[index].WideOnly).ToArray();
        var builder = new StringBuilder();
        AppendRow(builder, shown.Select(index => table.Columns[index].Header.ToUpperInvariant()));
        AppendRow(builder, shown.Select(_ => "---"));
        foreach (var row in table.Rows)
        {
            AppendRow(builder, shown.Select(index => row[index]));
        }

        return builder.ToString();
    }

    /// <summary>A cell's text made safe for one Markdown table cell.</summary>
    public static string Cell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return Table.None;
        }

        return text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ')
            .Replace("|", "\\|", StringComparison.Ordinal);
    }

    private static void AppendRow(StringBuilder builder, IEnumerable<string> cells) =>
        builder.Append("| ").Append(string.Join(" | ", cells.Select(Cell))).Append(" |\n");
}
