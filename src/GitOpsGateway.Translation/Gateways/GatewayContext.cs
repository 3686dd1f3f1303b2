using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Gateways;

/// <summary>A Gateway of one of our classes, its listeners and what is wrong with it as a whole.</summary>
internal sealed class GatewayContext(Gateway gateway, ClassContext gatewayClass)
{
    public Gateway Gateway { get; } = gateway;

    public ClassContext Class { get; } = gatewayClass;

    public ResourceKey Key => Gateway.Key;

    public long Generation => Gateway.Metadata.Generation;

    /// <summary>In spec order.</summary>
    public List<ListenerContext> Listeners { get; } = [];

    /// <summary>Problems that reject the whole Gateway (its class, its addresses, its parameters, its schema).</summary>
    public List<Problem> Problems { get; } = [];

    /// <summary>Accepted when nothing rejects the Gateway as a whole and at least one listener is accepted.</summary>
    public bool IsAccepted => Problems.Count == 0 && Listeners.Any(listener => listener.IsAccepted);
}
