using GitOpsGateway.DataPlane.Configuration;
using GitOpsGateway.DataPlane.Filters;
using GitOpsGateway.DataPlane.Snapshots;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Routing.Decisions;
using GitOpsGateway.Routing.Headers;
using GitOpsGateway.Routing.Matching;
using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.DataPlane.Pipeline;

/// <summary>
/// The first middleware of every request: takes ONE table snapshot for the whole request, routes with its
/// router, answers what needs no backend (404, 421, 500, redirects, CORS preflight; gRPC calls get a gRPC status
/// instead, see <see cref="GrpcStatusAnswer"/>) and prepares the rest for
/// YARP: backend chosen by weight, request rewritten and its headers modified, mirrors sent, response
/// decorations registered.
/// </summary>
internal sealed class GatewayMiddleware(RequestDelegate next, SnapshotHolder snapshots, DataPlaneOptions options, MirrorSender mirrors)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var snapshot = snapshots.Acquire();
        if (snapshot is null)
        {
            if (GrpcStatusAnswer.IsGrpcCall(context.Request))
            {
                GrpcStatusAnswer.Write(context.Response, GrpcStatusAnswer.Unavailable, "the gateway serves no route table yet");
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        try
        {
            await RouteAsync(context, snapshot);
        }
        finally
        {
            snapshot.ReleaseLease();
        }
    }

    private async Task RouteAsync(HttpContext context, TableSnapshot snapshot)
    {
        var listenerPort = options.Ports.ListenerPortFor(context.Connection.LocalPort);
        var headers = new HeaderDictionaryAdapter(context.Request.Headers);
        var request = RequestMapper.ToRouteRequest(context, listenerPort, headers);
        if (CorsPolicy.IsPreflight(context.Request))
        {
            // A preflight asks about the method it names, so the rule that would serve that method answers it.
            var asked = request with { Method = context.Request.Headers.AccessControlRequestMethod.ToString() };
            if (snapshot.Router.Route(in asked) is Forward { Cors: { } cors })
            {
                CorsPolicy.AnswerPreflight(context, cors);
                return;
            }
        }

        var decision = snapshot.Router.Route(in request);
        if (decision is Forward weighted)
        {
            decision = weighted.Choose(Random.Shared.NextDouble());
        }

        switch (decision)
        {
            case Forward forward:
                await ForwardAsync(context, snapshot, forward, headers);
                break;
            case Redirect redirect:
                context.Response.StatusCode = redirect.StatusCode;
                context.Response.Headers.Location = redirect.Location;
                ResponseDecoration.ApplyNow(context.Response, redirect.ResponseHeaderModifiers);
                break;
            case DirectResponse direct when direct.Rule.Kind == RouteKind.GRPCRoute || GrpcStatusAnswer.IsGrpcCall(context.Request):
                // The GRPCRoute spec: a call that would reach an invalid backend gets UNAVAILABLE. The reason stays in
                // the node (it names Services), the client gets a fixed message.
                GrpcStatusAnswer.Write(context.Response, GrpcStatusAnswer.Unavailable, "no valid backend for this route");
                break;
            case DirectResponse direct:
                context.Response.StatusCode = direct.StatusCode;
                break;
            case Misdirected:
                context.Response.StatusCode = Misdirected.StatusCode;
                break;
            case NotFound when GrpcStatusAnswer.IsGrpcCall(context.Request):
                GrpcStatusAnswer.Write(context.Response, GrpcStatusAnswer.Unimplemented, "no route for this method");
                break;
            default:
                context.Response.StatusCode = NotFound.StatusCode;
                break;
        }
    }

    private async Task ForwardAsync(HttpContext context, TableSnapshot snapshot, Forward forward, HeaderDictionaryAdapter headers)
    {
        if (forward.Chosen is null || !snapshot.Clusters.TryGetValue(forward.Chosen.ClusterId, out var cluster))
        {
            if (forward.Rule.Kind == RouteKind.GRPCRoute || GrpcStatusAnswer.IsGrpcCall(context.Request))
            {
                GrpcStatusAnswer.Write(context.Response, GrpcStatusAnswer.Unavailable, "no valid backend for this route");
                return;
            }

            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        var request = context.Request;
        HeaderMutation.Apply(forward.RequestHeaderModifiers, headers);
        // What YARP sends is the wire form (WirePathTransform); the request keeps the decoded form for what reads it.
        request.Path = new PathString(WirePath.Decode(forward.Path.StartsWith('/') ? forward.Path : "/" + forward.Path));
        request.QueryString = forward.Query.Length == 0 ? QueryString.Empty : new QueryString("?" + forward.Query);
        if (forward.Host.Length > 0)
        {
            request.Host = new HostString(forward.Host);
        }

        var needsReplay = !forward.Mirrors.IsEmpty || forward.Retry is { Codes.IsEmpty: false };
        var body = needsReplay ? await ReplayableBody.ReadAsync(context, options.ReplayableBodyLimit) : null;
        ResponseDecoration.Register(context, forward.ResponseHeaderModifiers, forward.Cors);
        context.Features.Set(new ForwardContext(forward, cluster, body));
        if (!forward.Mirrors.IsEmpty)
        {
            mirrors.Send(context, snapshot, forward.Mirrors, body);
        }

        await next(context);
    }
}
