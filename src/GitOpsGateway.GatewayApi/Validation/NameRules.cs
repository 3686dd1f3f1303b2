namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>Kubernetes and Gateway API name formats: DNS-1123 subdomains and labels, groups, kinds, label keys.</summary>
internal static class NameRules
{
    public static void Subdomain(string value, string path, ErrorSink errors)
    {
        if (value.Length is 0 or > 253 || !Patterns.Dns1123Subdomain().IsMatch(value))
        {
            errors.Add(path, $"'{Shorten(value)}'{TooLong(value, 253)} must be a DNS subdomain: at most 253 lower-case letters, digits, '-' and '.', starting and ending with a letter or digit.");
        }
    }

    public static void Label(string value, string path, ErrorSink errors)
    {
        if (value.Length is 0 or > 63 || !Patterns.Dns1123Label().IsMatch(value))
        {
            errors.Add(path, $"'{Shorten(value)}'{TooLong(value, 63)} must be a DNS label: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit.");
        }
    }

    public static void Dns1035Label(string value, string path, ErrorSink errors)
    {
        if (value.Length is 0 or > 63 || !Patterns.Dns1035Label().IsMatch(value))
        {
            errors.Add(path, $"'{Shorten(value)}'{TooLong(value, 63)} must be at most 63 lower-case letters, digits and '-', starting with a letter and ending with a letter or digit.");
        }
    }

    /// <summary>An ObjectName: 1 to 253 characters, any form.</summary>
    public static void ObjectName(string value, string path, ErrorSink errors)
    {
        if (value.Length is 0 or > 253)
        {
            errors.Add(path, "must be 1 to 253 characters long.");
        }
    }

    /// <summary>An API group: empty (the core group) or a DNS subdomain.</summary>
    public static void Group(string value, string path, ErrorSink errors)
    {
        if (value.Length > 0)
        {
            Subdomain(value, path, errors);
        }
    }

    public static void Kind(string value, string path, ErrorSink errors)
    {
        if (value.Length is 0 or > 63 || !Patterns.Kind().IsMatch(value))
        {
            errors.Add(path, $"'{Shorten(value)}' must be a kind: a letter, then up to 62 letters, digits and '-'.");
        }
    }

    /// <summary>A label or annotation key: an optional DNS-subdomain prefix and '/', then a name of up to 63 characters.</summary>
    public static void QualifiedName(string key, string path, ErrorSink errors)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var prefix = slash < 0 ? null : key[..slash];
        var name = slash < 0 ? key : key[(slash + 1)..];
        var prefixValid = prefix is null || (prefix.Length is > 0 and <= 253 && Patterns.Dns1123Subdomain().IsMatch(prefix));
        if (!prefixValid || name.Length is 0 or > 63 || !Patterns.QualifiedNamePart().IsMatch(name))
        {
            var length = prefix is { Length: > 253 } ? $" (prefix of {prefix.Length} characters)" : name.Length > 63 ? $" (name of {name.Length} characters)" : string.Empty;
            errors.Add(path, $"'{Shorten(key)}'{length} must be an optional DNS subdomain of at most 253 characters and '/', then up to 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit.");
        }
    }

    public static void LabelValue(string value, string path, ErrorSink errors)
    {
        if (value.Length > 63 || (value.Length > 0 && !Patterns.QualifiedNamePart().IsMatch(value)))
        {
            errors.Add(path, $"'{Shorten(value)}'{TooLong(value, 63)} must be empty or up to 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit.");
        }
    }

    public static void Labels(IReadOnlyDictionary<string, string> labels, string path, ErrorSink errors)
    {
        foreach (var (key, value) in labels)
        {
            QualifiedName(key, $"{path}[{Shorten(key)}]", errors);
            LabelValue(value, $"{path}[{Shorten(key)}]", errors);
        }
    }

    public static void AnnotationKeys(IReadOnlyDictionary<string, string> annotations, string path, ErrorSink errors)
    {
        foreach (var key in annotations.Keys)
        {
            QualifiedName(key, $"{path}[{Shorten(key)}]", errors);
        }
    }

    /// <summary>
    /// Kubernetes' path-segment rule for object names (they become URL segments): not "." or "..", no '/' or '%'.
    /// True when the name passes; the DNS rules of the kind are checked only then, so the reason names the real fault.
    /// </summary>
    public static bool PathSegment(string value, string path, ErrorSink errors)
    {
        var fault = value switch
        {
            "." or ".." => $"may not be '{value}'.",
            _ when value.Contains('/', StringComparison.Ordinal) => $"'{Shorten(value)}' may not contain '/'.",
            _ when value.Contains('%', StringComparison.Ordinal) => $"'{Shorten(value)}' may not contain '%'.",
            _ => null,
        };
        if (fault is not null)
        {
            errors.Add(path, fault);
        }

        return fault is null;
    }

    /// <summary>Error messages quote values through <see cref="Excerpt"/>: a 10 KB value would drown the message.</summary>
    public static string Shorten(string? value) => Excerpt.Of(value);

    private static string TooLong(string value, int limit) =>
        value.Length > limit ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ({value.Length} characters)") : string.Empty;
}
