using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Tests.Output;

public sealed class TableWriterTests
{
    private static readonly Table Routes = new(
        [new TableColumn("Name"), new TableColumn("Hostnames"), new TableColumn("Location", WideOnly: true), new TableColumn("Age")],
        [
            ["api-route", "api.example.com", "apps/api.yaml:3:1", "5m"],
            ["x", string.Empty, "apps/x.yaml:1:1", "10d"],
        ]);

    [Fact]
    public void Columns_are_padded_to_the_widest_cell_plus_three_spaces_like_kubectl()
    {
        var written = Write(Routes, wide: false);

        Assert.Equal(
            """
            NAME        HOSTNAMES         AGE
            api-route   api.example.com   5m
            x           <none>            10d

            """,
            written);
    }

    [Fact]
    public void Wide_output_adds_the_wide_only_columns_in_their_place()
    {
        var written = Write(Routes, wide: true);

        Assert.Equal(
            """
            NAME        HOSTNAMES         LOCATION            AGE
            api-route   api.example.com   apps/api.yaml:3:1   5m
            x           <none>            apps/x.yaml:1:1     10d

            """,
            written);
    }

    [Fact]
    public void Narrow_columns_still_take_six_characters_and_lines_have_no_trailing_blanks()
    {
        var table = new Table([new TableColumn("A"), new TableColumn("B")], [["1", string.Empty]]);

        var lines = Write(table, wide: false).Split('\n');

        Assert.Equal("A     B", lines[0]);
        Assert.Equal("1     <none>", lines[1]);
        Assert.All(lines, line => Assert.Equal(line.TrimEnd(), line));
    }

    [Fact]
    public void A_cell_with_line_breaks_and_tabs_stays_on_its_row()
    {
        var table = new Table([new TableColumn("Message"), new TableColumn("Next")], [["one\ntwo\r\nthree\tfour", "n"]]);

        var lines = Write(table, wide: false).TrimEnd('\n').Split('\n');

        Assert.Equal(2, lines.Length);
        Assert.StartsWith("one two three four   n", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_with_a_maximum_width_is_shortened_in_the_table_but_not_in_wide_output()
    {
        var table = new Table([new TableColumn("Reason"), new TableColumn("Message", MaxWidth: 12)], [["Invalid", "a message that is far too long"]]);

        Assert.Contains("Invalid   a message...", Write(table, wide: false), StringComparison.Ordinal);
        Assert.Contains("Invalid   a message that is far too long", Write(table, wide: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Width_counts_characters_not_utf16_units()
    {
        var table = new Table([new TableColumn("Name"), new TableColumn("Next")], [["déjà-vu-🚀", "x"], ["plain", "y"]]);

        var lines = Write(table, wide: false).Split('\n');

        Assert.Equal("déjà-vu-🚀   x", lines[1]);
        Assert.Equal("plain       y", lines[2]);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_a_programming_error()
    {
        var table = new Table([new TableColumn("A"), new TableColumn("B")], [["only one"]]);

        Assert.Throws<ArgumentException>(() => Write(table, wide: false));
    }

    private static string Write(Table table, bool wide)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        TableWriter.Write(writer, table, wide);
        return writer.ToString();
    }
}
