using GitOpsGateway.DataPlane.Pipeline;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Routing.Headers;
using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.DataPlane.Filters;

/// <summary>
/// ResponseHeaderModifier and CORS headers, applied when the response starts: after YARP copied the backend's
/// headers, and whichever attempt (or timeout answer) finally goes to the client.
/// </summary>
internal sealed class ResponseDecoration
{
    private readonly HttpContext _context;
    private readonly EquatableArray<HeaderModifierFilter> _modifiers;
    private readonly CorsFilter? _cors;
    private readonly string _origin;

    private ResponseDecoration(HttpContext context, EquatableArray<HeaderModifierFilter> modifiers, CorsFilter? cors, string origin)
    {
        _context = context;
        _modifiers = modifiers;
        _cors = cors;
        _origin = origin;
    }

    public static void Register(HttpContext context, EquatableArray<HeaderModifierFilter> modifiers, CorsFilter? cors)
    {
        var origin = context.Request.Headers.Origin.ToString();
        var corsApplies = cors is not null && origin.Length > 0;
        if (modifiers.IsEmpty && !corsApplies)
        {
            return;
        }

        var decoration = new ResponseDecoration(context, modifiers, corsApplies ? cors : null, origin);
        context.Response.OnStarting(static state => ((ResponseDecoration)state).ApplyAsync(), decoration);
    }

    public static void ApplyNow(HttpResponse response, EquatableArray<HeaderModifierFilter> modifiers)
    {
        if (!modifiers.IsEmpty)
        {
            HeaderMutation.Apply(modifiers, new HeaderDictionaryAdapter(response.Headers));
        }
    }

    private Task ApplyAsync()
    {
        ApplyNow(_context.Response, _modifiers);
        if (_cors is not null)
        {
            CorsPolicy.DecorateActual(_context.Response, _cors, _origin);
        }

        return Task.CompletedTask;
    }
}
