using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Status;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>GatewayClass: <c>Accepted=False/InvalidParameters</c> for its parametersRef, <c>Accepted=False/Invalid</c> otherwise.</summary>
internal static class GatewayClassValidator
{
    public static void Validate(GatewayClass gatewayClass, ErrorSink errors)
    {
        var spec = gatewayClass.Spec;
        if (spec.ControllerName.Length is 0 or > 253 || !Patterns.DomainPrefixedPath().IsMatch(spec.ControllerName))
        {
            errors.Add("spec.controllerName", $"'{NameRules.Shorten(spec.ControllerName)}' must be a domain-prefixed path such as example.net/gateway-controller.");
        }

        if (spec.Description is { } description)
        {
            errors.MaxLength(description, 64, "spec.description");
        }

        if (spec.ParametersRef is { } parameters)
        {
            var invalid = errors.WithReason(ConditionTypes.Accepted, ConditionReasons.InvalidParameters);
            NameRules.Group(parameters.Group, "spec.parametersRef.group", invalid);
            NameRules.Kind(parameters.Kind, "spec.parametersRef.kind", invalid);
            NameRules.ObjectName(parameters.Name, "spec.parametersRef.name", invalid);
            if (parameters.Namespace is { } @namespace)
            {
                NameRules.Label(@namespace, "spec.parametersRef.namespace", invalid);
            }
        }
    }
}
