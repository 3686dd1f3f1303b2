using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>
/// Checks <c>Authorization: Bearer</c> tokens in constant time: the presented token and the configured ones are
/// compared as SHA-256 digests (equal lengths), and every configured token is compared, match or not.
/// </summary>
internal sealed class NodeTokenAuthenticator
{
    private const string Scheme = "Bearer ";

    private readonly byte[][] nodeTokenDigests;
    private readonly byte[][] readerTokenDigests;

    public NodeTokenAuthenticator(IOptions<NodeFeedOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        nodeTokenDigests = Digests(options.Value.NodeTokens);
        readerTokenDigests = Digests(options.Value.ReaderTokens);
    }

    public bool HasNodeTokens => nodeTokenDigests.Length > 0;

    public bool AcceptsNode(StringValues authorization) => Matches(authorization, nodeTokenDigests);

    public bool AcceptsReader(StringValues authorization) =>
        Matches(authorization, nodeTokenDigests) | Matches(authorization, readerTokenDigests);

    private static bool Matches(StringValues authorization, byte[][] digests)
    {
        if (authorization.Count != 1 || authorization[0] is not { } header
            || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = Digest(header[Scheme.Length..].Trim());
        var matched = false;
        foreach (var digest in digests)
        {
            matched |= CryptographicOperations.FixedTimeEquals(presented, digest);
        }

        return matched;
    }

    private static byte[][] Digests(IEnumerable<string> tokens) =>
        [.. tokens.Where(token => !string.IsNullOrWhiteSpace(token)).Select(token => Digest(token.Trim()))];

    private static byte[] Digest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
