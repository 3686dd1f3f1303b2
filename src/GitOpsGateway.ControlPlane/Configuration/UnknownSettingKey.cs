namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>A setting the control plane does not read, as it was given, and the known one it most resembles, spelt the same way.</summary>
/// <param name="Given">An environment variable name (<c>GITOPS_GATEWAY_ADMIN_TOKEN</c>) or a configuration key (<c>Ingestion:BatchSzie</c>).</param>
public sealed record UnknownSettingKey(string Given, string Closest);
