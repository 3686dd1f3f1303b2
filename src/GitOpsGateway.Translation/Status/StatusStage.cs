using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Status;

/// <summary>Stage 5: the status of every object we own.</summary>
internal static class StatusStage
{
    public static (SortedDictionary<string, GatewayClassStatus> Classes, SortedDictionary<ResourceKey, GatewayStatus> Gateways, SortedDictionary<ResourceKey, RouteStatus> Routes)
        Run(TranslationContext context)
    {
        var classes = new SortedDictionary<string, GatewayClassStatus>(StringComparer.Ordinal);
        foreach (var (name, gatewayClass) in context.Classes)
        {
            classes[name] = new GatewayClassStatus { Conditions = gatewayClass.Conditions };
            ConditionDiagnostics.Report(context.Diagnostics, gatewayClass.GatewayClass, string.Empty, gatewayClass.Conditions);
        }

        var gateways = new SortedDictionary<ResourceKey, GatewayStatus>();
        foreach (var gateway in context.Gateways)
        {
            gateways[gateway.Key] = Guarded(context, gateway.Gateway, () => GatewayStatusBuilder.Build(context, gateway), new GatewayStatus());
        }

        var routes = new SortedDictionary<ResourceKey, RouteStatus>();
        foreach (var route in context.Routes)
        {
            routes[route.Key] = Guarded(context, route.Route, () => RouteStatusBuilder.Build(context, route), new RouteStatus());
        }

        return (classes, gateways, routes);
    }

    private static T Guarded<T>(TranslationContext context, KubernetesResource resource, Func<T> build, T fallback)
    {
        try
        {
            return build();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            context.Diagnostics.Error(resource, string.Empty, $"Internal compiler error while writing this object's status: {exception}");
            return fallback;
        }
    }
}
