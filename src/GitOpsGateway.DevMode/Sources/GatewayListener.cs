namespace GitOpsGateway.DevMode.Sources;

/// <summary>A listener of the served Gateway, as declared.</summary>
public sealed record GatewayListener(string Name, int Port, string Protocol);
