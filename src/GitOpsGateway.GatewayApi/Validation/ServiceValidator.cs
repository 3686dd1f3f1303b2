using GitOpsGateway.GatewayApi.Kubernetes;

namespace GitOpsGateway.GatewayApi.Validation;

internal static class ServiceValidator
{
    public static void Validate(Service service, ErrorSink errors)
    {
        var spec = service.Spec;
        errors.OneOf(spec.Type, [ServiceTypes.ClusterIP, ServiceTypes.NodePort, ServiceTypes.LoadBalancer, ServiceTypes.ExternalName], "spec.type");
        if (spec.Type == ServiceTypes.ExternalName)
        {
            if (string.IsNullOrEmpty(spec.ExternalName))
            {
                errors.Add("spec.externalName", "is required for an ExternalName Service.");
            }
            else
            {
                HostnameRules.Hostname(spec.ExternalName.TrimEnd('.'), "spec.externalName", errors, allowWildcard: false);
            }
        }

        for (var i = 0; i < spec.Ports.Count; i++)
        {
            var port = spec.Ports[i];
            var path = $"spec.ports[{i}]";
            errors.Range(port.Port, 1, 65535, path + ".port");
            if (port.TargetPort?.Number is { } target)
            {
                errors.Range(target, 1, 65535, path + ".targetPort");
            }

            errors.OneOf(port.Protocol, ["TCP", "UDP", "SCTP"], path + ".protocol");
            if (port.Name is { } name)
            {
                NameRules.Label(name, path + ".name", errors);
            }
            else if (spec.Ports.Count > 1)
            {
                errors.Add(path + ".name", "is required when a Service has more than one port.");
            }
        }

        HeaderRules.UniqueNames(spec.Ports.Select(p => p.Name).OfType<string>(), "spec.ports", errors);
    }
}
