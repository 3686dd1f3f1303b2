using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.GrpcRoutes;
using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Http;
using GitOpsGateway.Translation.L4;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Routes;

/// <summary>
/// Stage 3: every route that names a Gateway of ours is validated (dropping invalid rules), compiled once
/// (backends resolved through ReferenceGrants), attached to listeners per parentRef, and HTTPRoute/GRPCRoute
/// hostname conflicts are settled. Listeners then know which accepted routes they carry.
/// </summary>
internal static class RouteStage
{
    public static void Run(TranslationContext context)
    {
        foreach (var route in context.Resources.Routes)
        {
            var parents = ParentsOfOurs(context, route);
            if (parents.Count == 0)
            {
                continue;
            }

            var routeContext = new RouteContext(route, RuleCount(route));
            routeContext.Parents.AddRange(parents);
            context.Routes.Add(routeContext);
            try
            {
                Prepare(context, routeContext);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                routeContext.Problems.Add(new Problem(ConditionReasons.UnsupportedValue, $"Internal compiler error: {exception.Message}"));
                routeContext.HttpRules = [];
                routeContext.L4Rule = null;
                context.Diagnostics.Error(route, string.Empty, $"Internal compiler error while translating this route: {exception}");
            }
        }

        CrossKindConflicts.Resolve(context);
        foreach (var route in context.Routes.Where(route => !route.IsRejected))
        {
            foreach (var attachment in route.Parents.Where(parent => parent.Rejection is null).SelectMany(parent => parent.Attachments))
            {
                attachment.Listener.AttachedRoutes.Add(route.Key);
            }
        }
    }

    private static List<ParentContext> ParentsOfOurs(TranslationContext context, Route route)
    {
        var parents = new List<ParentContext>();
        for (var i = 0; i < route.ParentRefs.Count; i++)
        {
            var reference = route.ParentRefs[i];
            if (!reference.IsGateway)
            {
                continue;
            }

            var @namespace = reference.Namespace ?? route.Metadata.Namespace;
            if (context.FindGateway(@namespace, reference.Name) is { } gateway)
            {
                parents.Add(new ParentContext(i, reference, gateway));
            }
            else if (context.Resources.Find<Gateway>(@namespace, reference.Name) is null)
            {
                context.Diagnostics.Warning(
                    route, $"spec.parentRefs[{i}]", $"Gateway {@namespace}/{reference.Name} does not exist; this parentRef is ignored.");
            }
        }

        return parents;
    }

    private static void Prepare(TranslationContext context, RouteContext route)
    {
        foreach (var error in context.Validation.ObjectWide(route.Key))
        {
            route.Problems.Add(new Problem(error.Reason, $"{error.FieldPath}: {error.Message}"));
        }

        foreach (var group in context.Validation.All(route.Key).Where(error => error.RuleIndex is not null).GroupBy(error => error.RuleIndex!.Value))
        {
            var messages = string.Join(" ", group.Select(error => $"{error.FieldPath}: {error.Message}"));
            route.DroppedRules[group.Key] = new Problem(group.First().Reason, messages);
        }

        switch (route.Route)
        {
            case HttpRoute http:
                HttpRouteCompiler.Compile(context, route, http);
                break;
            case GrpcRoute grpc:
                GrpcRouteCompiler.Compile(context, route, grpc);
                break;
            default:
                L4RouteCompiler.Compile(context, route);
                break;
        }

        foreach (var parent in route.Parents)
        {
            ParentAttacher.Attach(context, route, parent);
        }
    }

    private static int RuleCount(Route route) => route switch
    {
        HttpRoute http => http.Spec.Rules.Count,
        GrpcRoute grpc => grpc.Spec.Rules.Count,
        TlsRoute tls => tls.Spec.Rules.Count,
        TcpRoute tcp => tcp.Spec.Rules.Count,
        UdpRoute udp => udp.Spec.Rules.Count,
        _ => 0,
    };
}
