using GitOpsGateway.GatewayApi.References;

namespace GitOpsGateway.GatewayApi.Gateways;

public sealed record ListenerTls
{
    /// <summary>One of <see cref="TlsModes"/>; "Terminate" when omitted.</summary>
    public string Mode { get; init; } = TlsModes.Terminate;

    public IReadOnlyList<SecretObjectReference> CertificateRefs { get; init => field = ValueList<SecretObjectReference>.From(value); } =
        ValueList<SecretObjectReference>.Empty;

    public IReadOnlyDictionary<string, string> Options { get; init => field = ValueMap.From(value); } = ValueMap.Empty;
}
