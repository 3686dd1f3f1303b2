using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Status;

namespace GitOpsGateway.Translation.Gateways;

/// <summary>A GatewayClass of our controller and its verdict.</summary>
internal sealed record ClassContext(GatewayClass GatewayClass, IReadOnlyList<Condition> Conditions)
{
    public string Name => GatewayClass.Metadata.Name;

    public Condition Accepted => Conditions.First(condition => condition.Type == ConditionTypes.Accepted);

    public bool IsAccepted => Accepted.IsTrue;
}
