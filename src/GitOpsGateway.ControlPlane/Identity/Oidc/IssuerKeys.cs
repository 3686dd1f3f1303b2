using Microsoft.IdentityModel.Tokens;

namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>The signing keys the issuer published, as read at <paramref name="FetchedAt"/>.</summary>
internal sealed record IssuerKeys(IReadOnlyList<SecurityKey> SigningKeys, DateTimeOffset FetchedAt);
