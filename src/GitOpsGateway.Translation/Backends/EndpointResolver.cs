using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Backends;

/// <summary>
/// Where a Service port's traffic goes without a cluster to ask, in order: the ready endpoints of its
/// EndpointSlices in the repository (the slice port with the Service port's name); the name of an ExternalName
/// Service; the Service's cluster DNS name with the Service port (the target port for headless Services, whose
/// DNS name resolves to the endpoints themselves).
/// </summary>
internal static class EndpointResolver
{
    public static Cluster Resolve(TranslationContext context, Service service, ServicePort port, ClusterProtocol protocol, string id)
    {
        var slices = context.Resources.EndpointSlicesFor(service.Metadata.Namespace, service.Metadata.Name)
            .Where(slice => context.Validation.IsValid(slice.Key))
            .ToList();
        if (slices.Count > 0)
        {
            var portName = port.Name ?? string.Empty;
            var endpoints = slices
                .SelectMany(slice => slice.Ports
                    .Where(slicePort => string.Equals(slicePort.Name, portName, StringComparison.Ordinal) && slicePort.Port is not null)
                    .Where(slicePort => string.Equals(slicePort.Protocol, port.Protocol, StringComparison.Ordinal))
                    .SelectMany(slicePort => slice.Endpoints
                        .Where(endpoint => endpoint.Conditions.IsReady)
                        .SelectMany(endpoint => endpoint.Addresses)
                        .Select(address => new ClusterEndpoint { Address = address, Port = slicePort.Port!.Value })))
                .Distinct()
                .ToList();
            return new Cluster { Id = id, Protocol = protocol, Resolution = EndpointResolution.EndpointSlice, Endpoints = [.. endpoints] };
        }

        if (string.Equals(service.Spec.Type, ServiceTypes.ExternalName, StringComparison.Ordinal) && service.Spec.ExternalName is { Length: > 0 } externalName)
        {
            return ByName(id, protocol, EndpointResolution.ExternalName, externalName, port.Port);
        }

        var dnsName = $"{service.Metadata.Name}.{service.Metadata.Namespace}.svc.{context.Options.ClusterDomain}";
        var dnsPort = service.Spec.IsHeadless && port.TargetPort?.Number is { } targetPort ? targetPort : port.Port;
        return ByName(id, protocol, EndpointResolution.ClusterDns, dnsName, dnsPort);
    }

    private static Cluster ByName(string id, ClusterProtocol protocol, EndpointResolution resolution, string dnsName, int port) => new()
    {
        Id = id,
        Protocol = protocol,
        Resolution = resolution,
        DnsName = dnsName,
        Endpoints = [new ClusterEndpoint { Address = dnsName, Port = port }],
    };
}
