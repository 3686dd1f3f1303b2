using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Filters;

namespace GitOpsGateway.Routing.Headers;

/// <summary>
/// Applies Gateway API header modifiers: within one modifier set, then add, then remove; several modifiers (the
/// rule's, then the chosen backend's) in the order given.
/// </summary>
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
            headers.Append(header.Name, header.Value);
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
}
