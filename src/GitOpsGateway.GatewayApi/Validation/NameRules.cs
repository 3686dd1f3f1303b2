namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>Kubernetes and Gateway API name formats: DNS-1123 subdomains and labels, groups, kinds, label keys.</summary>
internal static class NameRules
{
    public static void Subdomain(string value, string path, ErrorSink errors)
    {
        if (value.Length is 0 or > 253 || !Patterns.Dns1123Subdomain().IsMatch(value))
        {
            errors.Add(path, $"'{Shorten(value)}' must be a DNS subdomain: at most 253 lower-case letters, digits, '-' and '.', starting and ending with a letter or digit.");
        }
    }

    public static void Label(string value, string path, ErrorSink errors)
    {
        if (value.Length is 0 or > 63 || !Patterns.Dns1123Label().IsMatch(value))
        {
            errors.Add(path, $"'{Shorten(value)}' must be a DNS label: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit.");
        }
    }

    public static void Dns1035Label(string value, string path, ErrorSink errors)
    {
        if (value.Length is 0 or > 63 || !Patterns.Dns1035Label().IsMatch(value))
        {
            errors.Add(path, $"'{Shorten(value)}' must be at most 63 lower-case letters, digits and '-', starting with a letter and ending with a letter or digit.");
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
            errors.Add(path, $"'{Shorten(key)}' must be an optional DNS subdomain and '/', then up to 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit.");
        }
    }

    public static void LabelValue(string value, string path, ErrorSink errors)
    {
        if (value.Length > 63 || (value.Length > 0 && !Patterns.QualifiedNamePart().IsMatch(value)))
        {
            errors.Add(path, $"'{Shorten(value)}' must be empty or up to 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit.");
        }
    }

    public static void Labels(IReadOnlyDictionary<string, string> labels, string path, ErrorSink errors)
    {
        foreach (var (key, value) in labels)
        {
            QualifiedName(key, $"{path}[{key}]", errors);
            LabelValue(value, $"{path}[{key}]", errors);
        }
    }

    public static void AnnotationKeys(IReadOnlyDictionary<string, string> annotations, string path, ErrorSink errors)
    {
        foreach (var key in annotations.Keys)
        {
            QualifiedName(key, $"{path}[{key}]", errors);
        }
    }

    /// <summary>Error messages quote values; a 10 KB value would drown the message.</summary>
    public static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
