using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Gateways;

/// <summary>What rejects a Gateway as a whole: its class, its own schema errors, parameters, addresses.</summary>
internal static class GatewayProblems
{
    public static void Collect(TranslationContext context, GatewayContext gateway)
    {
        if (!gateway.Class.IsAccepted)
        {
            gateway.Problems.Add(new Problem(
                ConditionReasons.Invalid, $"GatewayClass {gateway.Class.Name} is not accepted: {gateway.Class.Accepted.Message}"));
        }

        foreach (var error in context.Validation.ObjectWide(gateway.Key))
        {
            gateway.Problems.Add(new Problem(error.Reason, $"{error.FieldPath}: {error.Message}"));
        }

        var spec = gateway.Gateway.Spec;
        if (spec.Infrastructure?.ParametersRef is { } parameters && !Has(gateway, ConditionReasons.InvalidParameters))
        {
            gateway.Problems.Add(new Problem(
                ConditionReasons.InvalidParameters,
                $"spec.infrastructure.parametersRef names {parameters.Kind} {parameters.Name}, but this controller takes no parameters; remove it."));
        }

        var unsupported = spec.Addresses
            .Where(address => address.Type is not (AddressTypes.IPAddress or AddressTypes.Hostname))
            .Select(address => address.Type)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (unsupported.Count > 0 && !Has(gateway, ConditionReasons.UnsupportedAddress))
        {
            gateway.Problems.Add(new Problem(
                ConditionReasons.UnsupportedAddress,
                $"Address type(s) {string.Join(", ", unsupported)} are not supported; data-plane nodes serve the IPAddress and Hostname addresses they run on."));
        }
    }

    private static bool Has(GatewayContext gateway, string reason) => gateway.Problems.Any(problem => problem.Reason == reason);
}
