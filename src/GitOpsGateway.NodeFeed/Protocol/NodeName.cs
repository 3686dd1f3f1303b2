namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>Node ids as they appear in query strings and listings: 1-253 ASCII letters, digits, '.', '-', '_'.</summary>
public static class NodeName
{
    public const int MaxLength = 253;

    public static bool IsValid(string? node) =>
        !string.IsNullOrEmpty(node)
        && node.Length <= MaxLength
        && node.All(character => char.IsAsciiLetterOrDigit(character) || character is '.' or '-' or '_');
}
