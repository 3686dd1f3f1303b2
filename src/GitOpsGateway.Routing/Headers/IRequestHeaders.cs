using System.Diagnostics.CodeAnalysis;

namespace GitOpsGateway.Routing.Headers;

/// <summary>Read access to request headers, as header matches need it. Names compare case-insensitively.</summary>
public interface IRequestHeaders
{
    /// <summary>
    /// The header's value; a header sent several times yields its values joined by commas, in the order received
    /// (RFC 9110 section 5.3).
    /// </summary>
    bool TryGetValue(string name, [NotNullWhen(true)] out string? value);
}
