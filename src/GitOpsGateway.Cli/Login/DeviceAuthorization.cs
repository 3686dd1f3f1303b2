namespace GitOpsGateway.Cli.Login;

/// <summary>An issuer's answer to a device authorization request (RFC 8628 section 3.2).</summary>
internal sealed record DeviceAuthorization(string DeviceCode, string UserCode, Uri VerificationUri, Uri? VerificationUriComplete, TimeSpan ExpiresIn, TimeSpan Interval);
