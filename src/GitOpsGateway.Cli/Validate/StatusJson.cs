using System.Text.Json.Nodes;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.GatewayApi.Status;

namespace GitOpsGateway.Cli.Validate;

/// <summary>
/// Status as the Gateway API schema writes it. The compiler is clock-free, so every condition's
/// <c>lastTransitionTime</c> (required by the schema) is the time of this run.
/// </summary>
internal sealed class StatusJson(string lastTransitionTime)
{
    public JsonObject GatewayClass(GatewayClassStatus status) => new() { ["conditions"] = Conditions(status.Conditions) };

    public JsonObject Gateway(GatewayStatus status)
    {
        var json = new JsonObject();
        if (status.Addresses.Count > 0)
        {
            json["addresses"] = new JsonArray([.. status.Addresses.Select(address => new JsonObject { ["type"] = address.Type, ["value"] = address.Value })]);
        }

        json["conditions"] = Conditions(status.Conditions);
        json["listeners"] = new JsonArray([.. status.Listeners.Select(Listener)]);
        return json;
    }

    /// <summary>Route status; each parentRef is written in full, its namespace defaulting to the route's own.</summary>
    public JsonObject Route(RouteStatus status, string routeNamespace) => new()
    {
        ["parents"] = new JsonArray([.. status.Parents.Select(parent => Parent(parent, routeNamespace))]),
    };

    private JsonObject Listener(ListenerStatus listener) => new()
    {
        ["name"] = listener.Name,
        ["supportedKinds"] = new JsonArray([.. listener.SupportedKinds.Select(kind => new JsonObject { ["group"] = kind.Group, ["kind"] = kind.Kind })]),
        ["attachedRoutes"] = listener.AttachedRoutes,
        ["conditions"] = Conditions(listener.Conditions),
    };

    private JsonObject Parent(RouteParentStatus parent, string routeNamespace) => new()
    {
        ["parentRef"] = ParentRef(parent.ParentRef, routeNamespace),
        ["controllerName"] = parent.ControllerName,
        ["conditions"] = Conditions(parent.Conditions),
    };

    private static JsonObject ParentRef(ParentReference reference, string routeNamespace)
    {
        var json = new JsonObject
        {
            ["group"] = reference.Group,
            ["kind"] = reference.Kind,
            ["namespace"] = reference.Namespace ?? routeNamespace,
            ["name"] = reference.Name,
        };
        if (reference.SectionName is { } sectionName)
        {
            json["sectionName"] = sectionName;
        }

        if (reference.Port is { } port)
        {
            json["port"] = port;
        }

        return json;
    }

    private JsonArray Conditions(IEnumerable<Condition> conditions) => new([.. conditions.Select(condition => new JsonObject
    {
        ["type"] = condition.Type,
        ["status"] = condition.Status,
        ["reason"] = condition.Reason,
        ["message"] = condition.Message,
        ["observedGeneration"] = condition.ObservedGeneration,
        ["lastTransitionTime"] = lastTransitionTime,
    })]);
}
