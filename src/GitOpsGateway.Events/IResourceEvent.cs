namespace GitOpsGateway.Events;

/// <summary>An event about one object of a source, named the Kubernetes way (kind "HTTPRoute", namespace "" for cluster-scoped kinds).</summary>
public interface IResourceEvent
{
    string Kind { get; }

    string Namespace { get; }

    string Name { get; }
}
