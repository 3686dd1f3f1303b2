namespace GitOpsGateway.GatewayApi.Loading.Yaml;

/// <summary>A YAML node with the position it starts at (1-based line and column in the file).</summary>
internal abstract class ManifestNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>Nodes in this subtree once aliases are expanded; bounds the work of reading it.</summary>
    public abstract long ExpandedSize { get; }

    /// <summary>
    /// Characters of this subtree written as compact JSON with aliases expanded, before escaping: keys and strings
    /// with their quotes, separators and brackets. Escaping makes one character at most six bytes, so the
    /// canonical JSON of the subtree is never longer than six times this.
    /// </summary>
    public abstract long ExpandedLength { get; }

    /// <summary>Levels of nesting below and including this node.</summary>
    public abstract int Height { get; }

    /// <summary>"a string", "a list", ... for error messages.</summary>
    public abstract string Description { get; }
}
