using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace GitOpsGateway.ControlPlane.Leadership;

/// <summary>
/// The PostgreSQL advisory-lock key of a source: the first 8 bytes of a SHA-256 of a prefixed name, the same in
/// every process and version, and unlikely to collide with the small integer keys other tools use.
/// </summary>
internal static class SourceLockKey
{
    private const string Prefix = "gitops-gateway/source/";

    public static long For(string source)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Prefix + source));
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }
}
