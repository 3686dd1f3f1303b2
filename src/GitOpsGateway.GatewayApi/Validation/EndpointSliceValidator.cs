using System.Net;
using System.Net.Sockets;
using GitOpsGateway.GatewayApi.Kubernetes;

namespace GitOpsGateway.GatewayApi.Validation;

internal static class EndpointSliceValidator
{
    public static void Validate(EndpointSlice slice, ErrorSink errors)
    {
        errors.OneOf(slice.AddressType, ["IPv4", "IPv6", "FQDN"], "addressType");
        errors.MaxItems(slice.Endpoints, 1000, "endpoints");
        for (var i = 0; i < slice.Endpoints.Count; i++)
        {
            var addresses = slice.Endpoints[i].Addresses;
            var path = $"endpoints[{i}].addresses";
            errors.MinItems(addresses, 1, path);
            errors.MaxItems(addresses, 100, path);
            for (var j = 0; j < addresses.Count; j++)
            {
                Address(slice.AddressType, addresses[j], $"{path}[{j}]", errors);
            }
        }

        for (var i = 0; i < slice.Ports.Count; i++)
        {
            if (slice.Ports[i].Port is { } port)
            {
                errors.Range(port, 1, 65535, $"ports[{i}].port");
            }

            errors.OneOf(slice.Ports[i].Protocol, ["TCP", "UDP", "SCTP"], $"ports[{i}].protocol");
        }
    }

    private static void Address(string addressType, string address, string path, ErrorSink errors)
    {
        var family = addressType switch
        {
            "IPv4" => AddressFamily.InterNetwork,
            "IPv6" => AddressFamily.InterNetworkV6,
            _ => (AddressFamily?)null,
        };

        if (family is null)
        {
            HostnameRules.Hostname(address, path, errors, allowWildcard: false);
        }
        else if (!IPAddress.TryParse(address, out var parsed) || parsed.AddressFamily != family)
        {
            errors.Add(path, $"'{NameRules.Shorten(address)}' is not an {addressType} address.");
        }
    }
}
