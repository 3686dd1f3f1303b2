using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>
/// Checks <c>Authorization: Bearer</c> tokens in constant time: the presented token and the configured ones are
/// compared as SHA-256 digests (equal lengths), and every configured token is compared, match or not. Node tokens
/// come from the <see cref="NodeTokenSet"/> (replaceable at run time), reader tokens from the options.
/// </summary>
internal sealed class NodeTokenAuthenticator
{
    private const string Scheme = "Bearer ";

    private readonly NodeTokenSet nodeTokens;
    private readonly byte[][] readerTokenDigests;

    public NodeTokenAuthenticator(NodeTokenSet nodeTokens, IOptions<NodeFeedOptions> options)
    {
        ArgumentNullException.ThrowIfNull(nodeTokens);
        ArgumentNullException.ThrowIfNull(options);
        this.nodeTokens = nodeTokens;
        readerTokenDigests = [.. options.Value.ReaderTokens.Where(token => !string.IsNullOrWhiteSpace(token)).Select(NodeTokenSet.Digest)];
    }

    public bool HasNodeTokens => nodeTokens.Count > 0;

    /// <summary>The node whose token the header carries; null when it carries none or an unknown one.</summary>
    public NodeIdentity? AuthenticateNode(StringValues authorization) =>
        Presented(authorization) is { } digest ? nodeTokens.Match(digest) : null;

    /// <summary>Whether the identity's token still serves the Gateway (a re-read token file may have revoked it).</summary>
    public bool StillServes(NodeIdentity identity, string gatewayKey) => nodeTokens.Match(identity.Digest)?.Serves(gatewayKey) == true;

    public bool AcceptsReader(StringValues authorization)
    {
        if (Presented(authorization) is not { } digest)
        {
            return false;
        }

        var matched = false;
        foreach (var reader in readerTokenDigests)
        {
            matched |= CryptographicOperations.FixedTimeEquals(digest, reader);
        }

        return matched;
    }

    private static byte[]? Presented(StringValues authorization)
    {
        if (authorization.Count != 1 || authorization[0] is not { } header
            || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[Scheme.Length..].Trim();
        return token.Length == 0 ? null : NodeTokenSet.Digest(token);
    }
}
