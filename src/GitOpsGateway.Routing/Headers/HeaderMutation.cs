using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Filters;

namespace GitOpsGateway.Routing.Headers;

/// <summary>
/// Applies Gateway API header modifiers: within one modifier set, then add, then remove; several modifiers (the
/// rule's, then the chosen backend's) in the order given.
/// </summary>
/// <remarks>
/// An add to a header that is already there makes ONE field line holding the old value and the new one joined by a
/// bare comma (<c>a,b</c>), as the spec's example and the conformance suite expect. Leaving two values for the
/// forwarding stack to join would put <c>a, b</c> on the wire (HttpClient's separator). Set-Cookie is the one
/// field that cannot be combined (RFC 9110 §5.3), so its additions stay separate lines.
/// </remarks>
public static class HeaderMutation
{
    public static void Apply(HeaderModifierFilter modifier, IHeaderCollection headers)
    {
        ArgumentNullException.ThrowIfNull(modifier);
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var header in modifier.Set)
        {
            headers.Set(header.Name, header.Value);
        }

        foreach (var header in modifier.Add)
        {
            Add(headers, header.Name, header.Value);
        }

        foreach (var name in modifier.Remove)
        {
            headers.Remove(name);
        }
    }

    public static void Apply(EquatableArray<HeaderModifierFilter> modifiers, IHeaderCollection headers)
    {
        foreach (var modifier in modifiers)
        {
            Apply(modifier, headers);
        }
    }

    private static void Add(IHeaderCollection headers, string name, string value)
    {
        if (!string.Equals(name, "Set-Cookie", StringComparison.OrdinalIgnoreCase) && headers.TryGetValue(name, out var existing))
        {
            headers.Set(name, $"{existing},{value}");
            return;
        }

        headers.Append(name, value);
    }
}
