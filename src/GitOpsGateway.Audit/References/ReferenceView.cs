namespace GitOpsGateway.Audit.References;

public enum ReferenceView
{
    /// <summary>What route manifests say, from their resource events: includes routes that never attached or were refused.</summary>
    Declared,

    /// <summary>What the compiled tables of consecutive versions contained: what nodes were given to serve.</summary>
    Served,
}
