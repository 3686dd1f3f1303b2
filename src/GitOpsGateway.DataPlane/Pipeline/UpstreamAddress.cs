namespace GitOpsGateway.DataPlane.Pipeline;

/// <summary>The address a forwarded or mirrored request goes to, with its path and query exactly as given.</summary>
internal static class UpstreamAddress
{
    private static readonly UriCreationOptions AsWritten = new() { DangerousDisablePathAndQueryCanonicalization = true };

    /// <param name="destination">The destination's address, with or without a path base of its own.</param>
    /// <param name="wirePath">The path in wire form, starting with '/'.</param>
    /// <param name="query">The query with its leading '?', or empty.</param>
    public static Uri For(string destination, string wirePath, string query)
    {
        var path = wirePath.StartsWith('/') ? wirePath : "/" + wirePath;
        return new Uri(string.Concat(destination.AsSpan().TrimEnd('/'), path, query), in AsWritten);
    }
}
