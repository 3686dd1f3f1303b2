using GitOpsGateway.RouteTables;
using GitOpsGateway.Routing.Decisions;
using Yarp.ReverseProxy.Model;

namespace GitOpsGateway.DataPlane.Pipeline;

/// <summary>
/// A request feature carrying the router's decision from our routing middleware into YARP's proxy pipeline, and
/// the state of the current attempt between the attempt middleware and the response transform.
/// </summary>
internal sealed class ForwardContext(Forward decision, ClusterState cluster, ReplayableBody? body)
{
    public Forward Decision { get; } = decision;

    public ClusterState Cluster { get; } = cluster;

    /// <summary>The request body kept for another attempt; null when the body cannot be replayed.</summary>
    public ReplayableBody? Body { get; } = body;

    public EquatableArray<int> RetryCodes => Decision.Retry?.Codes ?? default;

    /// <summary>Set per attempt: this attempt's response may be held back for a retry.</summary>
    public bool MayHoldBack { get; set; }

    /// <summary>Set by the response transform: the attempt's response was held back and is not sent.</summary>
    public bool HeldBack { get; set; }
}
