namespace GitOpsGateway.Routing.Matching;

/// <summary>Reads query parameters straight from the raw query, decoding only what is escaped.</summary>
internal static class QueryString
{
    /// <summary>
    /// The first value of a parameter (the Gateway API recommends the first when one repeats). Names compare
    /// exactly; names and values are percent-decoded, with <c>+</c> read as a space as HTML forms send it.
    /// </summary>
    public static bool TryGetFirst(ReadOnlySpan<char> query, string name, out ReadOnlySpan<char> value)
    {
        if (query.StartsWith('?'))
        {
            query = query[1..];
        }

        while (!query.IsEmpty)
        {
            var end = query.IndexOf('&');
            var pair = end < 0 ? query : query[..end];
            query = end < 0 ? [] : query[(end + 1)..];
            var equals = pair.IndexOf('=');
            if (Decode(equals < 0 ? pair : pair[..equals]).SequenceEqual(name))
            {
                value = equals < 0 ? [] : Decode(pair[(equals + 1)..]);
                return true;
            }
        }

        value = default;
        return false;
    }

    private static ReadOnlySpan<char> Decode(ReadOnlySpan<char> raw) =>
        raw.IndexOfAny('%', '+') < 0 ? raw : Uri.UnescapeDataString(raw.ToString().Replace('+', ' '));
}
