namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>Where OpenTelemetry metrics and traces go; nothing is exported unless asked.</summary>
public enum TelemetryExporter
{
    None,
    Console,
    Otlp,
}
