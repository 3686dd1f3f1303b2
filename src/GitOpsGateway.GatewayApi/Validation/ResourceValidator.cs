using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.GrpcRoutes;
using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.References;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.GatewayApi.Status;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>
/// Checks what the Gateway API CRD schemas and their CEL rules (and the Kubernetes API server, for core kinds)
/// would have refused, since manifests here never pass an API server. Every error names the status condition
/// and reason the spec prescribes for its owner. Kinds without status (ReferenceGrant, Service, EndpointSlice,
/// Secret, Namespace, Ingress) report <c>Accepted/Invalid</c>: the compiler should treat such an object as unusable.
/// </summary>
public static class ResourceValidator
{
    /// <summary>The errors of every invalid object, keyed and ordered by resource key; valid objects are absent.</summary>
    public static IReadOnlyDictionary<ResourceKey, IReadOnlyList<ValidationError>> Validate(ResourceSet resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var invalid = new SortedDictionary<ResourceKey, IReadOnlyList<ValidationError>>();
        foreach (var resource in resources.All)
        {
            var errors = Validate(resource);
            if (errors.Count > 0)
            {
                invalid.Add(resource.Key, errors);
            }
        }

        return invalid;
    }

    /// <summary>The errors of one object, in field order; empty when it is valid.</summary>
    public static IReadOnlyList<ValidationError> Validate(KubernetesResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var errors = new ErrorSink(ConditionTypes.Accepted, resource is Route ? ConditionReasons.UnsupportedValue : ConditionReasons.Invalid);

        MetadataRules.Metadata(resource, errors);
        switch (resource)
        {
            case GatewayClass gatewayClass:
                GatewayClassValidator.Validate(gatewayClass, errors);
                break;
            case Gateway gateway:
                GatewayValidator.Validate(gateway, errors);
                break;
            case HttpRoute httpRoute:
                HttpRouteValidator.Validate(httpRoute, errors);
                break;
            case GrpcRoute grpcRoute:
                GrpcRouteValidator.Validate(grpcRoute, errors);
                break;
            case TlsRoute or TcpRoute or UdpRoute:
                StreamRouteValidator.Validate((Route)resource, errors);
                break;
            case ReferenceGrant grant:
                ReferenceGrantValidator.Validate(grant, errors);
                break;
            case Service service:
                ServiceValidator.Validate(service, errors);
                break;
            case EndpointSlice slice:
                EndpointSliceValidator.Validate(slice, errors);
                break;
            case Secret secret:
                SecretValidator.Validate(secret, errors);
                break;
            case Ingress ingress:
                IngressValidator.Validate(ingress, errors);
                break;
        }

        return errors.Errors;
    }
}
