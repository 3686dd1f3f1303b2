namespace GitOpsGateway.GatewayApi.Status;

/// <summary>Condition types of GatewayClass, Gateway, listener and route-parent status.</summary>
public static class ConditionTypes
{
    /// <summary>GatewayClass, Gateway, listener and route parent.</summary>
    public const string Accepted = "Accepted";

    /// <summary>Gateway and listener: configuration reached the data plane.</summary>
    public const string Programmed = "Programmed";

    /// <summary>Gateway (experimental), listener and route parent.</summary>
    public const string ResolvedRefs = "ResolvedRefs";

    /// <summary>Listener.</summary>
    public const string Conflicted = "Conflicted";

    /// <summary>Listener: TLS hostnames or certificates overlap another listener's on the same port.</summary>
    public const string OverlappingTlsConfig = "OverlappingTLSConfig";

    /// <summary>Gateway: client-certificate validation allows insecure fallback.</summary>
    public const string InsecureFrontendValidationMode = "InsecureFrontendValidationMode";

    /// <summary>Route parent: some rules are valid and some are not (set only when True).</summary>
    public const string PartiallyInvalid = "PartiallyInvalid";

    /// <summary>GatewayClass: the installed CRD version is supported.</summary>
    public const string SupportedVersion = "SupportedVersion";

    /// <summary>Deprecated Gateway condition; use <see cref="Accepted"/>.</summary>
    public const string Scheduled = "Scheduled";

    /// <summary>Reserved by the spec for future use; do not set.</summary>
    public const string Ready = "Ready";
}
