namespace GitOpsGateway.Audit.References;

/// <summary>What a route refers to that people search history by.</summary>
public enum ReferenceDimension
{
    /// <summary>A hostname (HTTP virtual host or TLS SNI name), lower case.</summary>
    Hostname,

    /// <summary>The value of an HTTPRoute path match, as written.</summary>
    Path,

    /// <summary>A backend Service, "namespace/name".</summary>
    Backend,
}
