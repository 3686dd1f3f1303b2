using System.Text;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>Object names, namespaces, labels and annotations, as the Kubernetes API server checks them.</summary>
internal static class MetadataRules
{
    private const int MaxAnnotationBytes = 256 * 1024;

    public static void Metadata(KubernetesResource resource, ErrorSink errors)
    {
        var metadata = resource.Metadata;
        Name(resource.Kind, metadata.Name, errors);
        if (ResourceKinds.IsNamespaced(resource.Kind))
        {
            NameRules.Label(metadata.Namespace, "metadata.namespace", errors);
        }

        NameRules.Labels(metadata.Labels, "metadata.labels", errors);
        NameRules.AnnotationKeys(metadata.Annotations, "metadata.annotations", errors);
        var annotationBytes = metadata.Annotations.Sum(a => Encoding.UTF8.GetByteCount(a.Key) + Encoding.UTF8.GetByteCount(a.Value));
        if (annotationBytes > MaxAnnotationBytes)
        {
            errors.Add("metadata.annotations", $"total {annotationBytes} bytes; at most {MaxAnnotationBytes} are allowed.");
        }
    }

    /// <summary>The name rule of the kind, as the API server applies it: the path-segment rule, then the DNS rule.</summary>
    public static void Name(ResourceKind kind, string name, ErrorSink errors)
    {
        if (!NameRules.PathSegment(name, "metadata.name", errors))
        {
            return;
        }

        switch (kind)
        {
            case ResourceKind.Namespace:
                NameRules.Label(name, "metadata.name", errors);
                break;
            case ResourceKind.Service:
                NameRules.Dns1035Label(name, "metadata.name", errors);
                break;
            default:
                NameRules.Subdomain(name, "metadata.name", errors);
                break;
        }
    }
}
