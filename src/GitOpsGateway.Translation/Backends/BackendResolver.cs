using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.References;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Backends;

/// <summary>
/// Resolves one backend reference of a route to a cluster, checking, in the order the spec lists the failure
/// reasons: the kind (core Service only), the ReferenceGrant for another namespace, the Service, its port, and
/// the port's protocol. A resolved cluster is recorded in the context under its id.
/// </summary>
internal static class BackendResolver
{
    public static BackendResolution Resolve(TranslationContext context, KubernetesResource route, BackendObjectReference reference, BackendUse use)
    {
        var @namespace = reference.Namespace ?? route.Metadata.Namespace;
        var target = $"{@namespace}/{reference.Name}";
        if (!reference.IsService)
        {
            var groupKind = reference.Group.Length == 0 ? reference.Kind : $"{reference.Kind}.{reference.Group}";
            return BackendResolution.Failed(ConditionReasons.InvalidKind, $"Backend {groupKind} {target} is not supported; backendRefs must name core Services.");
        }

        if (!context.Grants.Allows(route.Kind, route.Metadata.Namespace, ApiGroups.Core, "Service", @namespace, reference.Name))
        {
            return BackendResolution.Failed(
                ConditionReasons.RefNotPermitted,
                $"Service {target} is in another namespace and no ReferenceGrant there allows {ResourceKinds.Name(route.Kind)}s from {route.Metadata.Namespace} to use it.");
        }

        var service = context.Resources.Find<Service>(@namespace, reference.Name);
        if (service is null)
        {
            return BackendResolution.Failed(ConditionReasons.BackendNotFound, $"Service {target} does not exist.");
        }

        if (!context.Validation.IsValid(service.Key))
        {
            return BackendResolution.Failed(ConditionReasons.BackendNotFound, $"Service {target} is invalid, so it cannot be used.");
        }

        if (reference.Port is not { } portNumber)
        {
            return BackendResolution.Failed(ConditionReasons.BackendNotFound, $"The backendRef to Service {target} has no port; Services need one.");
        }

        var port = service.Spec.Ports.FirstOrDefault(candidate => candidate.Port == portNumber);
        if (port is null)
        {
            var known = service.Spec.Ports.Count == 0 ? "none" : string.Join(", ", service.Spec.Ports.Select(candidate => candidate.Port));
            return BackendResolution.Failed(ConditionReasons.BackendNotFound, $"Service {target} has no port {portNumber} (its ports: {known}).");
        }

        return Cluster(context, service, port, use, target);
    }

    private static BackendResolution Cluster(TranslationContext context, Service service, ServicePort port, BackendUse use, string target)
    {
        var transport = AppProtocols.TransportFor(use);
        if (!string.Equals(port.Protocol, transport, StringComparison.Ordinal))
        {
            return BackendResolution.Failed(
                ConditionReasons.UnsupportedProtocol, $"Port {port.Port} of Service {target} is {port.Protocol}; this route needs {transport}.");
        }

        if (AppProtocols.For(use, port.AppProtocol) is not { } protocol)
        {
            return BackendResolution.Failed(
                ConditionReasons.UnsupportedProtocol,
                $"Port {port.Port} of Service {target} has appProtocol {port.AppProtocol}, which a {use} backend cannot speak.");
        }

        var id = ClusterIds.For(target, port.Port, use);
        if (!context.Clusters.ContainsKey(id))
        {
            context.Clusters[id] = EndpointResolver.Resolve(context, service, port, protocol, id);
        }

        return BackendResolution.Resolved(id);
    }
}
