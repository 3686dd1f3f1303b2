using GitOpsGateway.GatewayApi.Kubernetes;

namespace GitOpsGateway.GatewayApi.Validation;

internal static class IngressValidator
{
    public static void Validate(Ingress ingress, ErrorSink errors)
    {
        var spec = ingress.Spec;
        if (spec.DefaultBackend is { } defaultBackend)
        {
            Backend(defaultBackend, "spec.defaultBackend", errors);
        }

        for (var i = 0; i < spec.Rules.Count; i++)
        {
            var rule = spec.Rules[i];
            if (rule.Host is { } host)
            {
                HostnameRules.Hostname(host, $"spec.rules[{i}].host", errors);
            }

            for (var j = 0; j < rule.Paths.Count; j++)
            {
                var path = rule.Paths[j];
                var itemPath = $"spec.rules[{i}].http.paths[{j}]";
                errors.OneOf(path.PathType, ["Exact", "Prefix", "ImplementationSpecific"], itemPath + ".pathType");
                var needsPath = path.PathType is "Exact" or "Prefix";
                if ((needsPath && path.Path is null) || (path.Path is { } written && !written.StartsWith('/')))
                {
                    errors.Add(itemPath + ".path", "must be an absolute path starting with '/'.");
                }

                Backend(path.Backend, itemPath + ".backend", errors);
            }
        }

        for (var i = 0; i < spec.Tls.Count; i++)
        {
            for (var j = 0; j < spec.Tls[i].Hosts.Count; j++)
            {
                HostnameRules.Hostname(spec.Tls[i].Hosts[j], $"spec.tls[{i}].hosts[{j}]", errors);
            }
        }
    }

    private static void Backend(IngressBackend backend, string path, ErrorSink errors)
    {
        if ((backend.Service is null) == (backend.Resource is null))
        {
            errors.Add(path, "must set exactly one of service and resource.");
        }

        if (backend.Service is { } service && (service.PortNumber is null) == (service.PortName is null))
        {
            errors.Add(path + ".service.port", "must set exactly one of number and name.");
        }

        if (backend.Service?.PortNumber is { } number)
        {
            errors.Range(number, 1, 65535, path + ".service.port.number");
        }
    }
}
