using System.Globalization;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class ObjectMetaReader
{
    /// <summary>Reads metadata and sets the context's identity; null when the object has no usable name.</summary>
    public static ObjectMeta? Read(ReadContext context, MappingNode root, ResourceKind kind)
    {
        if (root.Get("metadata") is null)
        {
            context.Error(root, "metadata.name", "is required.");
            return null;
        }

        if (context.Mapping(root, "metadata", string.Empty) is not { } metadata)
        {
            return null;
        }

        var name = context.String(metadata, "name", "metadata");
        if (string.IsNullOrEmpty(name))
        {
            var message = metadata.Get("generateName") is null ? "is required." : "is required: generateName is not supported.";
            context.Error(metadata, "metadata.name", message);
            return null;
        }

        var written = context.String(metadata, "namespace", "metadata");
        string @namespace;
        if (ResourceKinds.IsNamespaced(kind))
        {
            @namespace = string.IsNullOrEmpty(written) ? ObjectMeta.DefaultNamespace : written;
        }
        else
        {
            if (!string.IsNullOrEmpty(written))
            {
                context.Warning(metadata.Get("namespace")!, "metadata.namespace", $"is ignored: {ResourceKinds.Name(kind)} is cluster-scoped.");
            }

            @namespace = string.Empty;
        }

        context.Resource = new ResourceKey(kind, @namespace, name);
        return new ObjectMeta
        {
            Name = name,
            Namespace = @namespace,
            Labels = context.StringMap(metadata, "labels", "metadata") ?? ValueMap.Empty,
            Annotations = context.StringMap(metadata, "annotations", "metadata") ?? ValueMap.Empty,
            Generation = context.Long(metadata, "generation", "metadata") ?? 1,
            CreationTimestamp = ReadTimestamp(context, metadata),
            Location = context.Locate(root),
        };
    }

    private static DateTimeOffset? ReadTimestamp(ReadContext context, MappingNode metadata)
    {
        if (context.String(metadata, "creationTimestamp", "metadata") is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            return timestamp;
        }

        context.Error(metadata.Get("creationTimestamp")!, "metadata.creationTimestamp", $"{context.Quote(text)} is not an RFC 3339 timestamp.");
        return null;
    }
}
