namespace GitOpsGateway.RouteTables.Diffing;

/// <summary>What a change is about; a changed rule yields one change per aspect that moved.</summary>
public enum ChangeSubject
{
    GatewayClass,
    Listener,
    Cluster,

    /// <summary>A rule as a whole (added, removed), or its match, timeouts, retry or fixed response.</summary>
    Rule,

    /// <summary>The backends or weights of a rule.</summary>
    RuleBackends,

    /// <summary>The filters of a rule, or of its backends.</summary>
    RuleFilters,

    /// <summary>The precedence order of rules that exist in both tables on one virtual host.</summary>
    RuleOrder,

    L4Route,
}
