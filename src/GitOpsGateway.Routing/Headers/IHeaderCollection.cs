namespace GitOpsGateway.Routing.Headers;

/// <summary>
/// Headers that header modifiers can change: the data plane adapts its request and response headers to this, the
/// tests use <see cref="HeaderCollection"/>, and both apply modifiers through <see cref="HeaderMutation"/>.
/// </summary>
public interface IHeaderCollection : IRequestHeaders, IEnumerable<KeyValuePair<string, string>>
{
    /// <summary>Replaces every value of the header with one value, or adds the header when absent.</summary>
    void Set(string name, string value);

    /// <summary>Adds one more field line for the header, keeping the lines already there.</summary>
    void Append(string name, string value);

    /// <summary>Removes every value of the header; false when it was absent.</summary>
    bool Remove(string name);
}
