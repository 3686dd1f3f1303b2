namespace GitOpsGateway.GatewayApi.Loading;

public enum DiagnosticSeverity
{
    /// <summary>The object (or document, or file) was not loaded.</summary>
    Error,

    /// <summary>Loaded anyway, or deliberately ignored (an unknown kind).</summary>
    Warning,
}
