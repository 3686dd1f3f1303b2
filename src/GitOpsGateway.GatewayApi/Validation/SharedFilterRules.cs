using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>Header-modifier and mirror configuration, shared by HTTP and gRPC routes.</summary>
internal static class SharedFilterRules
{
    public static void HeaderFilter(HttpHeaderFilter filter, string path, ErrorSink errors)
    {
        Headers(filter.Set, path + ".set", errors);
        Headers(filter.Add, path + ".add", errors);
        errors.MaxItems(filter.Remove, 16, path + ".remove");
        for (var i = 0; i < filter.Remove.Count; i++)
        {
            HeaderRules.Name(filter.Remove[i], $"{path}.remove[{i}]", errors);
        }

        // One action per header name, whatever its case, across set, add and remove.
        var names = filter.Set.Select(h => h.Name).Concat(filter.Add.Select(h => h.Name)).Concat(filter.Remove);
        foreach (var group in names.GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(path, $"modifies header '{NameRules.Shorten(group.Key)}' more than once; only one action per header name is allowed.");
        }
    }

    public static void Mirror(HttpRequestMirrorFilter mirror, string path, ErrorSink errors)
    {
        ReferenceRules.Backend(mirror.BackendRef, path + ".backendRef", errors);
        if (mirror.Percent is { } percent)
        {
            errors.Range(percent, 0, 100, path + ".percent");
        }

        if (mirror.Fraction is { } fraction)
        {
            if (fraction.Numerator < 0)
            {
                errors.Add(path + ".fraction.numerator", "must not be negative.");
            }

            if (fraction.Denominator < 1)
            {
                errors.Add(path + ".fraction.denominator", "must be at least 1.");
            }
            else if (fraction.Numerator > fraction.Denominator)
            {
                errors.Add(path + ".fraction", "numerator must be less than or equal to denominator.");
            }
        }

        if (mirror.Percent is not null && mirror.Fraction is not null)
        {
            errors.Add(path, "only one of percent or fraction may be specified.");
        }
    }

    /// <summary>
    /// Checks that a filter carries the configuration its type names and no other.
    /// <paramref name="configurations"/> pairs each filter type with its field name and value.
    /// </summary>
    public static void ConfigurationMatchesType(
        string type, IEnumerable<(string Type, string Field, object? Value)> configurations, string path, ErrorSink errors)
    {
        foreach (var (configurationType, field, value) in configurations)
        {
            var selected = string.Equals(type, configurationType, StringComparison.Ordinal);
            if (selected && value is null)
            {
                errors.Add($"{path}.{field}", $"filter.{field} must be specified for {configurationType} filter.type.");
            }
            else if (!selected && value is not null)
            {
                errors.Add($"{path}.{field}", $"filter.{field} must be nil if the filter.type is not {configurationType}.");
            }
        }
    }

    private static void Headers(IReadOnlyList<HttpHeader> headers, string path, ErrorSink errors)
    {
        errors.MaxItems(headers, 16, path);
        for (var i = 0; i < headers.Count; i++)
        {
            HeaderRules.Name(headers[i].Name, $"{path}[{i}].name", errors);
            HeaderRules.Value(headers[i].Value, 4096, $"{path}[{i}].value", errors);
        }
    }
}
