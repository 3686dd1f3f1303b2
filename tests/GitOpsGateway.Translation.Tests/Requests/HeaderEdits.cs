using GitOpsGateway.RouteTables.Filters;

namespace GitOpsGateway.Translation.Tests.Requests;

/// <summary>Applies a header modifier the way the spec describes: set overwrites, add appends with a comma, remove deletes.</summary>
internal static class HeaderEdits
{
    public static void Apply(Dictionary<string, string> headers, HeaderModifierFilter filter)
    {
        foreach (var header in filter.Set)
        {
            headers[header.Name] = header.Value;
        }

        foreach (var header in filter.Add)
        {
            headers[header.Name] = headers.TryGetValue(header.Name, out var existing) ? $"{existing},{header.Value}" : header.Value;
        }

        foreach (var name in filter.Remove)
        {
            headers.Remove(name);
        }
    }
}
