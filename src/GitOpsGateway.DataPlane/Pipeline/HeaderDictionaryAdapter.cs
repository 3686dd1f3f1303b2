using System.Collections;
using System.Diagnostics.CodeAnalysis;
using GitOpsGateway.Routing.Headers;
using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.DataPlane.Pipeline;

/// <summary>ASP.NET Core request or response headers seen as the router's header collection, so header matches and
/// header modifiers work on the real headers.</summary>
internal sealed class HeaderDictionaryAdapter(IHeaderDictionary headers) : IHeaderCollection
{
    public bool TryGetValue(string name, [NotNullWhen(true)] out string? value)
    {
        if (headers.TryGetValue(name, out var values) && values.Count > 0)
        {
            value = values.Count == 1 ? values[0] ?? "" : string.Join(',', values.ToArray());
            return true;
        }

        value = null;
        return false;
    }

    public void Set(string name, string value) => headers[name] = value;

    public void Append(string name, string value) => headers.Append(name, value);

    public bool Remove(string name) => headers.Remove(name);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                yield return new(name, value ?? "");
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
