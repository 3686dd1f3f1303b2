using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.GatewayApi.Status;

namespace GitOpsGateway.Cli.Validate;

/// <summary>
/// Summarises each Gateway API object's status for the table and the exit code. Besides the compiler's
/// conditions it flags what no controller would ever answer for, and so the compiler leaves without status: a
/// Gateway whose GatewayClass does not exist (reason <see cref="GatewayClassNotFound"/>) and a route naming a
/// Gateway that does not exist (<see cref="GatewayNotFound"/>). These reasons are ggctl's, never written to status.
/// </summary>
internal static class ObjectSummaries
{
    public const string GatewayClassNotFound = "GatewayClassNotFound";
    public const string GatewayNotFound = "GatewayNotFound";

    public static IReadOnlyList<ObjectSummary> From(ValidationReport report) =>
        [.. report.GatewayApiObjects.Select(resource => Summarise(report, resource))];

    private static ObjectSummary Summarise(ValidationReport report, KubernetesResource resource)
    {
        var compiled = report.Compiled;
        var location = report.Relocated(resource.Metadata.Location);
        var missing = MissingReferences(report.Load.Resources, resource);
        return resource switch
        {
            GatewayClass gatewayClass when compiled.GatewayClasses.TryGetValue(gatewayClass.Metadata.Name, out var status) =>
                Summary(resource, location, [.. Scoped(string.Empty, status.Conditions)], attached: string.Empty),
            Gateway gateway when compiled.Gateways.TryGetValue(gateway.Key, out var status) =>
                Summary(resource, location, GatewayConditions(status), string.Join(',', status.Listeners.Select(listener => $"{listener.Name}={listener.AttachedRoutes}"))),
            Route route when compiled.Routes.TryGetValue(route.Key, out var status) =>
                Summary(resource, location, [.. RouteConditions(status, route.Metadata.Namespace), .. missing], string.Join(',', status.Parents.Select(parent => Describe(parent.ParentRef, route.Metadata.Namespace)))),
            _ when missing.Count > 0 => Summary(resource, location, missing, attached: string.Empty),
            _ => new ObjectSummary(resource, location, string.Empty, string.Empty, string.Empty, string.Empty, NotOurs(report, resource), HasProblem: false),
        };
    }

    private static ObjectSummary Summary(KubernetesResource resource, SourceLocation location, IReadOnlyList<ScopedCondition> conditions, string attached)
    {
        var headline = conditions.FirstOrDefault(condition => condition.IsProblem)
            ?? conditions.FirstOrDefault(condition => condition.Condition.Type == ConditionTypes.Accepted);
        return new ObjectSummary(
            resource,
            location,
            Aggregate(conditions, ConditionTypes.Accepted),
            Aggregate(conditions, ConditionTypes.ResolvedRefs),
            attached,
            headline?.Condition.Reason ?? string.Empty,
            // Where a problem sits matters; a healthy object's Accepted message reads better without it.
            headline is null ? string.Empty : headline.IsProblem ? headline.Message : headline.Condition.Message,
            conditions.Any(condition => condition.IsProblem));
    }

    private static List<ScopedCondition> GatewayConditions(GatewayStatus status) =>
    [
        .. Scoped(string.Empty, status.Conditions),
        .. status.Listeners.SelectMany(listener => Scoped($"listener {listener.Name}", listener.Conditions)),
    ];

    private static IEnumerable<ScopedCondition> RouteConditions(RouteStatus status, string routeNamespace) =>
        status.Parents.SelectMany(parent => Scoped($"parent {Describe(parent.ParentRef, routeNamespace)}", parent.Conditions));

    private static IEnumerable<ScopedCondition> Scoped(string scope, IEnumerable<Condition> conditions) =>
        conditions.Select(condition => new ScopedCondition(scope, condition));

    private static List<ScopedCondition> MissingReferences(ResourceSet resources, KubernetesResource resource)
    {
        var generation = resource.Metadata.Generation;
        return resource switch
        {
            Gateway gateway when resources.FindGatewayClass(gateway.Spec.GatewayClassName) is null =>
            [
                new(string.Empty, Condition.False(ConditionTypes.Accepted, GatewayClassNotFound, $"GatewayClass {gateway.Spec.GatewayClassName} does not exist.", generation)),
            ],
            Route route =>
            [
                .. route.ParentRefs
                    .Where(parent => parent.IsGateway && !resources.Contains(new ResourceKey(ResourceKind.Gateway, parent.Namespace ?? route.Metadata.Namespace, parent.Name)))
                    .Select(parent => Describe(parent, route.Metadata.Namespace))
                    .Select(parent => new ScopedCondition($"parent {parent}", Condition.False(ConditionTypes.Accepted, GatewayNotFound, $"Gateway {parent} does not exist.", generation))),
            ],
            _ => [],
        };
    }

    /// <summary>True when every condition of that type is True, False when any is False, else Unknown; empty when there is none.</summary>
    private static string Aggregate(IReadOnlyList<ScopedCondition> conditions, string type)
    {
        var statuses = conditions.Where(condition => condition.Condition.Type == type).Select(condition => condition.Condition.Status).ToList();
        if (statuses.Count == 0)
        {
            return string.Empty;
        }

        if (statuses.All(status => status == ConditionStatus.True))
        {
            return ConditionStatus.True;
        }

        return statuses.Contains(ConditionStatus.False) ? ConditionStatus.False : ConditionStatus.Unknown;
    }

    private static string Describe(ParentReference reference, string routeNamespace)
    {
        var section = reference.SectionName is null ? string.Empty : $"/{reference.SectionName}";
        var port = reference.Port is null ? string.Empty : $":{reference.Port}";
        var kind = reference.IsGateway ? string.Empty : $"{reference.Kind} ";
        return $"{kind}{reference.Namespace ?? routeNamespace}/{reference.Name}{section}{port}";
    }

    private static string NotOurs(ValidationReport report, KubernetesResource resource)
    {
        var controllerName = report.Options.ControllerName;
        return resource switch
        {
            GatewayClass gatewayClass => $"controllerName {gatewayClass.Spec.ControllerName} is not {controllerName}",
            Gateway gateway => $"GatewayClass {gateway.Spec.GatewayClassName} belongs to another controller than {controllerName}",
            Route => $"no parentRef names a Gateway of {controllerName}",
            _ => string.Empty,
        };
    }
}
