namespace GitOpsGateway.RouteTables.Validation;

/// <summary>
/// The hostname patterns of the IR: <c>*</c> (every name), a wildcard <c>*.example.com</c> (one or more labels
/// before the suffix) or an exact name, in lower case, as the Gateway API's RFC 1123 hostnames are.
/// </summary>
internal static class HostnamePattern
{
    private const string Any = "*";

    public static bool IsValid(string pattern)
    {
        if (pattern == Any)
        {
            return true;
        }

        var name = pattern.StartsWith("*.", StringComparison.Ordinal) ? pattern[2..] : pattern;
        return name.Length is > 0 and <= 253 && name.Split('.').All(IsLabel);
    }

    /// <summary>True when some name is matched by both patterns (null, like <c>*</c>, matches every name).</summary>
    public static bool Overlap(string? left, string right) =>
        left is null || Covers(left, right) || Covers(right, left);

    private static bool Covers(string general, string specific)
    {
        if (general == Any || general == specific)
        {
            return true;
        }

        if (!general.StartsWith("*.", StringComparison.Ordinal) || specific == Any)
        {
            return false;
        }

        var suffix = general[1..];
        return specific.Length > suffix.Length && specific.EndsWith(suffix, StringComparison.Ordinal)
            && (!specific.StartsWith("*.", StringComparison.Ordinal) || specific.Length > general.Length);
    }

    private static bool IsLabel(string label) =>
        label.Length is > 0 and <= 63
        && label[0] != '-'
        && label[^1] != '-'
        && label.All(character => character is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
