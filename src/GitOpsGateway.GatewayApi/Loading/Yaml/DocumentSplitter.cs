namespace GitOpsGateway.GatewayApi.Loading.Yaml;

/// <summary>
/// Cuts a file at its document markers ("---" at the start of a line) so that each document is parsed on its
/// own: a syntax error in one document cannot stop the others. YAML forbids a marker inside any scalar, so a
/// line-based cut agrees with the parser.
/// </summary>
internal static class DocumentSplitter
{
    public static IReadOnlyList<DocumentChunk> Split(string text)
    {
        var chunks = new List<DocumentChunk>();
        var chunkStart = 0;
        var chunkFirstLine = 1;
        var chunkHasContent = false;
        var line = 1;
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            var content = text.AsSpan(position, (lineEnd < 0 ? text.Length : lineEnd) - position).TrimEnd('\r');
            if (IsDocumentStart(content))
            {
                // Directives and comments before the first marker belong to the document that follows.
                if (chunkHasContent)
                {
                    chunks.Add(new DocumentChunk(text[chunkStart..position], chunkFirstLine));
                    chunkStart = position;
                    chunkFirstLine = line;
                }

                chunkHasContent = true;
            }
            else if (!IsBlankCommentOrDirective(content))
            {
                chunkHasContent = true;
            }

            position = next;
            line++;
        }

        if (chunkHasContent)
        {
            chunks.Add(new DocumentChunk(text[chunkStart..], chunkFirstLine));
        }

        return chunks;
    }

    private static bool IsDocumentStart(ReadOnlySpan<char> line) =>
        line.StartsWith("---", StringComparison.Ordinal) && (line.Length == 3 || line[3] is ' ' or '\t');

    private static bool IsBlankCommentOrDirective(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(" \t");
        return trimmed.IsEmpty || trimmed[0] == '#' || line.StartsWith("%", StringComparison.Ordinal);
    }
}
