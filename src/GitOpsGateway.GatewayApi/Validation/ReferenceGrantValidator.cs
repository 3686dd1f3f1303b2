using GitOpsGateway.GatewayApi.References;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>ReferenceGrant has no status: an invalid grant grants nothing.</summary>
internal static class ReferenceGrantValidator
{
    public static void Validate(ReferenceGrant grant, ErrorSink errors)
    {
        var spec = grant.Spec;
        errors.MinItems(spec.From, 1, "spec.from");
        errors.MaxItems(spec.From, 16, "spec.from");
        for (var i = 0; i < spec.From.Count; i++)
        {
            NameRules.Group(spec.From[i].Group, $"spec.from[{i}].group", errors);
            NameRules.Kind(spec.From[i].Kind, $"spec.from[{i}].kind", errors);
            NameRules.Label(spec.From[i].Namespace, $"spec.from[{i}].namespace", errors);
        }

        errors.MinItems(spec.To, 1, "spec.to");
        errors.MaxItems(spec.To, 16, "spec.to");
        for (var i = 0; i < spec.To.Count; i++)
        {
            NameRules.Group(spec.To[i].Group, $"spec.to[{i}].group", errors);
            NameRules.Kind(spec.To[i].Kind, $"spec.to[{i}].kind", errors);
            if (spec.To[i].Name is { } name)
            {
                NameRules.ObjectName(name, $"spec.to[{i}].name", errors);
            }
        }
    }
}
