using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Gateways;

/// <summary>
/// Stage 1: picks the GatewayClasses whose controllerName is ours. Each is Accepted unless the validator
/// refused it or it names a parametersRef (this controller takes no parameters); SupportedVersion is always
/// True because every API version the loader reads is implemented.
/// </summary>
internal static class GatewayClassStage
{
    public static void Run(TranslationContext context)
    {
        foreach (var gatewayClass in context.Resources.GatewayClasses)
        {
            if (!string.Equals(gatewayClass.Spec.ControllerName, context.Options.ControllerName, StringComparison.Ordinal))
            {
                continue;
            }

            var generation = gatewayClass.Metadata.Generation;
            var problem = Rejection(context, gatewayClass);
            Condition accepted = problem is null
                ? Condition.True(ConditionTypes.Accepted, ConditionReasons.Accepted, "The GatewayClass is accepted by this controller.", generation)
                : Condition.False(ConditionTypes.Accepted, problem.Reason, problem.Message, generation);
            var supported = Condition.True(
                ConditionTypes.SupportedVersion, ConditionReasons.SupportedVersion, "Every Gateway API version this controller reads is supported.", generation);
            context.Classes[gatewayClass.Metadata.Name] = new ClassContext(gatewayClass, [accepted, supported]);
        }
    }

    private static Problem? Rejection(TranslationContext context, GatewayApi.Gateways.GatewayClass gatewayClass)
    {
        var errors = context.Validation.All(gatewayClass.Key);
        if (errors.Count > 0)
        {
            var reason = errors.Any(error => error.Reason == ConditionReasons.InvalidParameters)
                ? ConditionReasons.InvalidParameters
                : errors[0].Reason;
            return new Problem(reason, string.Join(" ", errors.Select(error => $"{error.FieldPath}: {error.Message}")));
        }

        if (gatewayClass.Spec.ParametersRef is { } parameters)
        {
            var target = parameters.Namespace is null ? parameters.Name : $"{parameters.Namespace}/{parameters.Name}";
            return new Problem(
                ConditionReasons.InvalidParameters,
                $"spec.parametersRef names {parameters.Kind} {target}, but this controller takes no parameters; remove parametersRef.");
        }

        return null;
    }
}
