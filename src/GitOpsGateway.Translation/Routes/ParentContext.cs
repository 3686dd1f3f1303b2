using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.Translation.Gateways;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Routes;

/// <summary>One parentRef of a route that names a Gateway of ours, and the listeners it attached to.</summary>
internal sealed class ParentContext(int index, ParentReference reference, GatewayContext gateway)
{
    public int Index { get; } = index;

    public ParentReference Reference { get; } = reference;

    public GatewayContext Gateway { get; } = gateway;

    /// <summary>Why the Gateway did not accept the route through this parentRef (Accepted=False), or null.</summary>
    public Problem? Rejection { get; set; }

    public List<ListenerAttachment> Attachments { get; } = [];
}
