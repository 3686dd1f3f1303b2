using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GitOpsGateway.GatewayApi.Loading.Yaml;

/// <summary>
/// Turns a file into located node trees with YamlDotNet's event parser (JSON is read by the same parser).
/// Aliases share nodes instead of copying them; depth, expanded node count and expanded length are bounded so
/// that hostile input (deep nesting, alias bombs, one large string aliased many times) costs little: sizes are
/// counted as each node completes, before anything is expanded.
/// </summary>
internal sealed class ManifestParser(int maxDepth, long maxExpandedNodes, long maxExpandedLength)
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public IReadOnlyList<ManifestDocument> Parse(string text)
    {
        var documents = new List<ManifestDocument>();
        foreach (var chunk in DocumentSplitter.Split(text))
        {
            ParseChunk(chunk, documents);
        }

        return documents;
    }

    private void ParseChunk(DocumentChunk chunk, List<ManifestDocument> documents)
    {
        var lineOffset = chunk.FirstLine - 1;
        var parser = new Parser(new StringReader(WithoutByteOrderMarks(chunk.Text)));
        var anchors = new Dictionary<string, ManifestNode>(StringComparer.Ordinal);
        var lastGood = new Mark(0, 1, 1);
        try
        {
            parser.Consume<StreamStart>();
            while (!parser.Accept<StreamEnd>(out _))
            {
                parser.Consume<DocumentStart>();
                anchors.Clear();
                var root = ReadNode(parser, anchors, lineOffset, depth: 1, ref lastGood);
                parser.Consume<DocumentEnd>();
                if (root is not ScalarNode { IsNull: true })
                {
                    documents.Add(new ManifestDocument(documents.Count, root, null));
                }
            }
        }
        catch (YamlException exception)
        {
            var (line, column) = WithinChunk(chunk, exception.Start.Line, exception.Start.Column);
            documents.Add(Failed(documents.Count, line + lineOffset, column, exception.Message));
        }
        catch (ManifestLimitException exception)
        {
            documents.Add(Failed(documents.Count, exception.Line, exception.Column, exception.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unterminated flow collections.
            documents.Add(Failed(
                documents.Count,
                lastGood.Line + lineOffset,
                lastGood.Column,
                "The YAML parser stopped after this point: an unterminated '[', '{' or quoted string?"));
        }
    }

    // A parser that runs into the end of a document reports the position after its last line; the last line is
    // where the author has to look.
    /// <summary>
    /// YAML allows a byte order mark at the start of every document (before or just after its "---" line);
    /// YamlDotNet accepts one only at the start of the stream, so the others are dropped here.
    /// </summary>
    private static string WithoutByteOrderMarks(string text)
    {
        text = text.TrimStart('\uFEFF');
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        return text.StartsWith("---", StringComparison.Ordinal) && firstLineEnd >= 0 && firstLineEnd + 1 < text.Length && text[firstLineEnd + 1] == '\uFEFF'
            ? text.Remove(firstLineEnd + 1, 1)
            : text;
    }

    private static (long Line, long Column) WithinChunk(DocumentChunk chunk, long line, long column)
    {
        var lines = chunk.Text.TrimEnd('\n', '\r').Split('\n');
        return line <= lines.Length ? (line, column) : (lines.Length, lines[^1].TrimEnd('\r').Length + 1);
    }

    private static ManifestDocument Failed(int index, long line, long column, string message) =>
        new(index, null, new ManifestSyntaxError((int)line, (int)column, message));

    private ManifestNode ReadNode(IParser parser, Dictionary<string, ManifestNode> anchors, int lineOffset, int depth, ref Mark lastGood)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of the document.");
        var line = current.Start.Line + lineOffset;
        var column = current.Start.Column;
        if (depth > maxDepth)
        {
            throw new ManifestLimitException(line, column, $"Nesting is deeper than {maxDepth} levels.");
        }

        lastGood = current.End;
        ManifestNode node;
        AnchorName anchor;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (!anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new ManifestLimitException(line, column, $"The alias *{alias.Value.Value} names no complete anchor before it.");
                }

                if (depth - 1 + target.Height > maxDepth)
                {
                    throw new ManifestLimitException(line, column, $"Nesting is deeper than {maxDepth} levels once aliases are expanded.");
                }

                return target;
            case Scalar scalar:
                parser.MoveNext();
                anchor = scalar.Anchor;
                var isPlain = scalar.Style == ScalarStyle.Plain && (scalar.Tag.IsEmpty || !IsStringTag(scalar.Tag));
                node = new ScalarNode((int)line, (int)column, scalar.Value, isPlain);
                break;
            case SequenceStart sequenceStart:
                parser.MoveNext();
                anchor = sequenceStart.Anchor;
                var items = new List<ManifestNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, anchors, lineOffset, depth + 1, ref lastGood));
                }

                node = new SequenceNode((int)line, (int)column, items);
                break;
            case MappingStart mappingStart:
                parser.MoveNext();
                anchor = mappingStart.Anchor;
                node = new MappingNode((int)line, (int)column, ReadEntries(parser, anchors, lineOffset, depth, ref lastGood));
                break;
            default:
                throw new YamlException(current.Start, current.End, $"Unexpected YAML event {current.GetType().Name}.");
        }

        if (node.ExpandedSize > maxExpandedNodes)
        {
            throw new ManifestLimitException(line, column, $"The document expands to more than {maxExpandedNodes} nodes.");
        }

        if (node.ExpandedLength > maxExpandedLength)
        {
            throw new ManifestLimitException(line, column, $"The document expands to more than {maxExpandedLength} bytes once aliases are expanded.");
        }

        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    private List<KeyValuePair<ScalarNode, ManifestNode>> ReadEntries(
        IParser parser, Dictionary<string, ManifestNode> anchors, int lineOffset, int depth, ref Mark lastGood)
    {
        var entries = new List<KeyValuePair<ScalarNode, ManifestNode>>();
        HashSet<string>? seen = null;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(parser, anchors, lineOffset, depth + 1, ref lastGood);
            if (key is not ScalarNode scalarKey)
            {
                throw new ManifestLimitException(key.Line, key.Column, "Object keys must be plain strings, not lists or objects.");
            }

            if (IsDuplicate(entries, ref seen, scalarKey.Value))
            {
                throw new ManifestLimitException(key.Line, key.Column, $"The key '{Excerpt.Of(scalarKey.Value)}' appears twice in the same object.");
            }

            entries.Add(new(scalarKey, ReadNode(parser, anchors, lineOffset, depth + 1, ref lastGood)));
        }

        return entries;
    }

    // Small objects are scanned; a set is built only once an object grows past a few keys.
    private static bool IsDuplicate(List<KeyValuePair<ScalarNode, ManifestNode>> entries, ref HashSet<string>? seen, string key)
    {
        if (seen is null && entries.Count < 8)
        {
            return entries.Exists(entry => string.Equals(entry.Key.Value, key, StringComparison.Ordinal));
        }

        seen ??= entries.Select(entry => entry.Key.Value).ToHashSet(StringComparer.Ordinal);
        return !seen.Add(key);
    }

    private static bool IsStringTag(TagName tag) => tag.IsNonSpecific || string.Equals(tag.Value, StringTag, StringComparison.Ordinal);
}
