using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Tests.Output;

public sealed class MarkdownTableWriterTests
{
    [Fact]
    public void A_table_becomes_a_markdown_table_without_wide_columns_with_pipes_escaped_and_empty_cells_named()
    {
        var table = new Table(
            [new TableColumn("Name"), new TableColumn("Key", WideOnly: true), new TableColumn("Description")],
            [
                ["web", "k1", "backends a=90 | b=10\\nnext"],
                ["api", "k2", string.Empty],
            ]);

        var markdown = MarkdownTableWriter.Write(table);

        Assert.Equal(
            "| NAME | DESCRIPTION |\n| --- | --- |\n| web | backends a=90 \\| b=10\\nnext |\n| api | <none> |\n",
            markdown);
    }

    [Fact]
    public void Line_breaks_inside_a_cell_keep_the_row_on_one_line()
    {
        Assert.Equal("first second third", MarkdownTableWriter.Cell("first\r\nsecond\nthird"));
    }
}
