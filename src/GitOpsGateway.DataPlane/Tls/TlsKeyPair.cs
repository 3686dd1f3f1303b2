namespace GitOpsGateway.DataPlane.Tls;

/// <summary>The two PEM values of a <c>kubernetes.io/tls</c> Secret: the certificate chain, leaf first, and its private key.</summary>
public sealed record TlsKeyPair(ReadOnlyMemory<byte> CertificatePem, ReadOnlyMemory<byte> PrivateKeyPem);
