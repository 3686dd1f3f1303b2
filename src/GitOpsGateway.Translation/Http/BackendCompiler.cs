using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Translation.Backends;
using GitOpsGateway.Translation.Pipeline;
using GitOpsGateway.Translation.Routes;
using BackendRef = GitOpsGateway.GatewayApi.Routes.BackendRef;

namespace GitOpsGateway.Translation.Http;

/// <summary>
/// A weighted backendRef in IR form. One that does not resolve stays in the rule as an invalid backend with its
/// weight, so its share of traffic is answered with an error, and is reported on the route's ResolvedRefs.
/// </summary>
internal static class BackendCompiler
{
    public static Backend Compile(
        TranslationContext context, RouteContext route, BackendRef reference, BackendUse use, string path, FilterSet? filters = null)
    {
        var resolution = BackendResolver.Resolve(context, route.Route, reference, use);
        if (resolution.Problem is { } problem)
        {
            route.RefProblems.Add(problem with { Message = $"{path}: {problem.Message}" });
            return new InvalidBackend { Weight = reference.Weight, Reason = problem.Reason };
        }

        if (filters?.Unsupported is { } unsupported)
        {
            context.Diagnostics.Warning(route.Route, path + ".filters", $"The {unsupported} filter is not supported; requests sent to this backend are answered with an error.");
            return new InvalidBackend { Weight = reference.Weight, Reason = ConditionReasons.UnsupportedValue };
        }

        return new ClusterBackend
        {
            Weight = reference.Weight,
            ClusterId = resolution.ClusterId!,
            Filters = filters?.Filters ?? default(EquatableArray<HttpFilter>),
        };
    }
}
