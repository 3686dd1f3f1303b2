namespace GitOpsGateway.GatewayApi.Kubernetes;

/// <summary>
/// A Secret. Only the names of its keys are kept, plus the bytes of <c>tls.crt</c> and <c>tls.key</c>, which
/// print redacted (<see cref="SecretBytes"/>), so logging a Secret never shows key material.
/// </summary>
public sealed record Secret : KubernetesResource
{
    public const string CertificateKey = "tls.crt";

    public const string PrivateKeyKey = "tls.key";

    /// <summary>
    /// Starts a value that replaced key material before storage ("redacted:sha256:&lt;hex&gt;"); the loader keeps
    /// such a value as it is, so a stored Secret reloads with its key present but unknown.
    /// </summary>
    public const string RedactedPrefix = "redacted:sha256:";

    public override ResourceKind Kind => ResourceKind.Secret;

    /// <summary>"Opaque" when omitted; TLS secrets are "kubernetes.io/tls".</summary>
    public string Type { get; init; } = SecretTypes.Opaque;

    /// <summary>Names of every key in data and stringData, sorted ordinally.</summary>
    public IReadOnlyList<string> Keys { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The PEM certificate chain (<c>tls.crt</c>), if present.</summary>
    public SecretBytes? Certificate { get; init; }

    /// <summary>The PEM private key (<c>tls.key</c>), if present.</summary>
    public SecretBytes? PrivateKey { get; init; }
}
