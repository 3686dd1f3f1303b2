using System.Security.Cryptography;

namespace GitOpsGateway.GatewayApi.Kubernetes;

/// <summary>Secret bytes that compare by content but never print: <see cref="ToString"/> shows only the length.</summary>
public sealed class SecretBytes : IEquatable<SecretBytes>
{
    private readonly byte[] bytes;

    public SecretBytes(ReadOnlySpan<byte> bytes) => this.bytes = bytes.ToArray();

    public int Length => bytes.Length;

    public ReadOnlySpan<byte> Span => bytes;

    public byte[] ToArray() => (byte[])bytes.Clone();

    public bool Equals(SecretBytes? other) =>
        other is not null && CryptographicOperations.FixedTimeEquals(bytes, other.bytes);

    public override bool Equals(object? obj) => obj is SecretBytes other && Equals(other);

    // The length only: a content hash would leak information about the secret.
    public override int GetHashCode() => bytes.Length;

    public override string ToString() => $"<redacted {bytes.Length} bytes>";
}
