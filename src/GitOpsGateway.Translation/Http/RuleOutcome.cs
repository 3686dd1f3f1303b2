using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.Translation.Http;

/// <summary>
/// When a rule answers by itself instead of forwarding: an unsupported filter, no backendRefs at all, or no
/// backend that resolved with a positive weight. A redirect needs no backend. HTTP answers 500 as the spec
/// requires; gRPC answers 503, which gRPC clients read as UNAVAILABLE, the status the GRPCRoute spec requires.
/// </summary>
internal static class RuleOutcome
{
    public static FixedResponse? FixedResponse(FilterSet filters, EquatableArray<Backend> backends, RouteKind kind)
    {
        var status = kind == RouteKind.GRPCRoute ? 503 : 500;
        if (filters.Unsupported is { } unsupported)
        {
            return new FixedResponse { StatusCode = status, Reason = $"the {unsupported} filter is not supported" };
        }

        if (filters.Redirects)
        {
            return null;
        }

        if (backends.IsEmpty)
        {
            return new FixedResponse { StatusCode = status, Reason = "the rule has no backendRefs" };
        }

        if (backends.Any(backend => backend is ClusterBackend && backend.Weight > 0))
        {
            return null;
        }

        return backends.Any(backend => backend is ClusterBackend)
            ? new FixedResponse { StatusCode = status, Reason = "every usable backend has weight 0" }
            : new FixedResponse { StatusCode = status, Reason = "no backendRef could be resolved" };
    }
}
