namespace GitOpsGateway.Cli.Login;

/// <summary>What ggctl needs from an issuer's discovery document; no device endpoint means no device flow.</summary>
internal sealed record IssuerEndpoints(Uri TokenEndpoint, Uri? DeviceAuthorizationEndpoint);
