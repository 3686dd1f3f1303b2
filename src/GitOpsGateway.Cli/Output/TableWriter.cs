using System.Text;

namespace GitOpsGateway.Cli.Output;

/// <summary>
/// Writes a table the way kubectl's tab writer does: upper-case headings, every column but the last padded to
/// its widest cell plus three spaces (and at least six characters), no trailing blanks. Line breaks and tabs
/// inside a cell become spaces so that one row stays one line; an empty cell shows <see cref="Table.None"/>.
/// </summary>
internal static class TableWriter
{
    private const int Padding = 3;
    private const int MinimumWidth = 6;

    public static void Write(TextWriter writer, Table table, bool wide)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        var shown = Enumerable.Range(0, table.Columns.Count).Where(index => wide || !table.Columns[index].WideOnly).ToArray();
        var lines = new List<string[]> { shown.Select(index => table.Columns[index].Header.ToUpperInvariant()).ToArray() };
        foreach (var row in table.Rows)
        {
            if (row.Count != table.Columns.Count)
            {
                throw new ArgumentException($"A row has {row.Count} cells for {table.Columns.Count} columns.", nameof(table));
            }

            lines.Add(shown.Select(index => Shorten(OneLine(row[index]), wide ? null : table.Columns[index].MaxWidth)).ToArray());
        }

        var widths = shown.Select((_, column) => Math.Max(MinimumWidth, lines.Max(line => Width(line[column])) + Padding)).ToArray();
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Clear();
            for (var column = 0; column < line.Length; column++)
            {
                builder.Append(line[column]);
                if (column < line.Length - 1)
                {
                    builder.Append(' ', widths[column] - Width(line[column]));
                }
            }

            writer.WriteLine(builder.ToString().TrimEnd());
        }
    }

    private static string OneLine(string cell) =>
        cell.Length == 0 ? Table.None : cell.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');

    private static string Shorten(string cell, int? maxWidth)
    {
        const string Ellipsis = "...";
        if (maxWidth is not { } limit || Width(cell) <= limit)
        {
            return cell;
        }

        var kept = cell.EnumerateRunes().Take(Math.Max(0, limit - Ellipsis.Length));
        return string.Concat(kept.Select(rune => rune.ToString())).TrimEnd() + Ellipsis;
    }

    /// <summary>Characters as the terminal counts them (code points, like Go's tab writer), not UTF-16 units.</summary>
    private static int Width(string text) => text.EnumerateRunes().Count();
}
