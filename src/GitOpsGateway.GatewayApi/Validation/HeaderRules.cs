namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>Header names are RFC 7230 tokens; values must not carry control characters (no header injection).</summary>
internal static class HeaderRules
{
    public static void Name(string value, string path, ErrorSink errors)
    {
        if (value.Length is 0 or > 256 || !Patterns.HeaderName().IsMatch(value))
        {
            errors.Add(path, $"'{NameRules.Shorten(value)}' must be a header name: 1 to 256 letters, digits and !#$%&'*+-.^_`|~.");
        }
    }

    public static void Value(string value, int maxLength, string path, ErrorSink errors)
    {
        if (value.Length == 0 || value.Length > maxLength)
        {
            errors.Add(path, $"must be 1 to {maxLength} characters long.");
            return;
        }

        if (value.Any(c => (c < ' ' && c != '\t') || c == '\u007f'))
        {
            errors.Add(path, "must not contain control characters such as line breaks.");
        }
    }

    /// <summary>The spec's listType=map: the same name written twice in one list is rejected.</summary>
    public static void UniqueNames(IEnumerable<string> names, string path, ErrorSink errors)
    {
        var duplicates = names.GroupBy(name => name, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key);
        foreach (var duplicate in duplicates)
        {
            errors.Add(path, $"names '{NameRules.Shorten(duplicate)}' more than once.");
        }
    }
}
