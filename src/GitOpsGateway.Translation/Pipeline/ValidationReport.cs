using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.GatewayApi.Validation;

namespace GitOpsGateway.Translation.Pipeline;

/// <summary>
/// The validator's verdict on every object, asked by scope: the whole object, one route rule, one listener.
/// An object with any error is unusable as a reference target (Service, Secret, ReferenceGrant, ...).
/// </summary>
internal sealed class ValidationReport(IReadOnlyDictionary<ResourceKey, IReadOnlyList<ValidationError>> errors)
{
    public static ValidationReport Of(ResourceSet resources)
    {
        var errors = new Dictionary<ResourceKey, IReadOnlyList<ValidationError>>();
        foreach (var resource in resources.All)
        {
            var found = Validate(resource);
            if (found.Count > 0)
            {
                errors[resource.Key] = found;
            }
        }

        return new ValidationReport(errors);
    }

    private static IReadOnlyList<ValidationError> Validate(KubernetesResource resource)
    {
        try
        {
            return ResourceValidator.Validate(resource);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A validator bug must not take the other objects down: this one is treated as invalid.
            return [new ValidationError(string.Empty, $"Internal validator error: {exception.Message}", ConditionTypes.Accepted, resource is GatewayApi.Routes.Route ? ConditionReasons.UnsupportedValue : ConditionReasons.Invalid)];
        }
    }

    public bool IsValid(ResourceKey key) => !errors.ContainsKey(key);

    public IReadOnlyList<ValidationError> All(ResourceKey key) => errors.TryGetValue(key, out var found) ? found : [];

    /// <summary>Errors that concern the object as a whole (neither one rule nor one listener).</summary>
    public IEnumerable<ValidationError> ObjectWide(ResourceKey key) =>
        All(key).Where(error => error.RuleIndex is null && error.ListenerIndex is null);

    public IEnumerable<ValidationError> ForRule(ResourceKey key, int ruleIndex) =>
        All(key).Where(error => error.RuleIndex == ruleIndex && error.ListenerIndex is null);

    public IEnumerable<ValidationError> ForListener(ResourceKey key, int listenerIndex) =>
        All(key).Where(error => error.ListenerIndex == listenerIndex);
}
