using GitOpsGateway.GatewayApi;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Policy;

/// <summary>
/// Cross-namespace references: allowed only when a valid ReferenceGrant in the target namespace lets the
/// referring kind, from its namespace, refer to the target's group, kind and (optionally) name.
/// </summary>
internal sealed class ReferenceGrantPolicy(ResourceSet resources, ValidationReport validation)
{
    public bool Allows(ResourceKind fromKind, string fromNamespace, string toGroup, string toKind, string toNamespace, string toName)
    {
        if (string.Equals(fromNamespace, toNamespace, StringComparison.Ordinal))
        {
            return true;
        }

        var fromGroup = ResourceKinds.Group(fromKind);
        var fromKindName = ResourceKinds.Name(fromKind);
        return resources.ReferenceGrantsIn(toNamespace)
            .Where(grant => validation.IsValid(grant.Key))
            .Any(grant => grant.Allows(fromGroup, fromKindName, fromNamespace, toGroup, toKind, toName));
    }
}
