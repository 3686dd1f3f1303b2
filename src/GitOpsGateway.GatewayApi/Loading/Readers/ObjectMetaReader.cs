using System.Globalization;
using GitOpsGateway.GatewayApi.Loading.Yaml;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.GatewayApi.Validation;

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

        if (!HasValidIdentity(context, metadata, kind, name, ResourceKinds.IsNamespaced(kind) && !string.IsNullOrEmpty(written)))
        {
            return null;
        }

        context.Resource = new ResourceKey(kind, @namespace, name);
        var labels = context.StringMap(metadata, "labels", "metadata") ?? ValueMap.Empty;
        CheckLabels(context, metadata, labels);
        return new ObjectMeta
        {
            Name = name,
            Namespace = @namespace,
            Labels = labels,
            Annotations = context.StringMap(metadata, "annotations", "metadata") ?? ValueMap.Empty,
            Generation = context.Long(metadata, "generation", "metadata") ?? 1,
            CreationTimestamp = ReadTimestamp(context, metadata),
            Location = context.Locate(root),
        };
    }

    /// <summary>
    /// Names and namespaces as the API server checks them: they become keys, file names in tools and URL segments,
    /// so a name such as "../../etc/passwd" must never become an object. The error carries no identity, so the objects
    /// last read from this file keep their last good versions.
    /// </summary>
    private static bool HasValidIdentity(ReadContext context, MappingNode metadata, ResourceKind kind, string name, bool checkNamespace)
    {
        var problems = new ErrorSink(ConditionTypes.Accepted, ConditionReasons.Invalid);
        MetadataRules.Name(kind, name, problems);
        if (checkNamespace)
        {
            NameRules.Label(context.String(metadata, "namespace", "metadata")!, "metadata.namespace", problems);
        }

        foreach (var problem in problems.Errors)
        {
            var key = problem.FieldPath == "metadata.name" ? "name" : "namespace";
            context.Error(metadata.Get(key) ?? metadata, problem.FieldPath, problem.Message);
        }

        return problems.Errors.Count == 0;
    }

    /// <summary>Label keys and values at their Kubernetes limits; a bad label refuses the object, which keeps its last good version.</summary>
    private static void CheckLabels(ReadContext context, MappingNode metadata, ValueMap labels)
    {
        if (labels.Count == 0 || metadata.Get("labels") is not MappingNode node)
        {
            return;
        }

        var problems = new ErrorSink(ConditionTypes.Accepted, ConditionReasons.Invalid);
        NameRules.Labels(labels, "metadata.labels", problems);
        foreach (var problem in problems.Errors)
        {
            context.Error(node, problem.FieldPath, problem.Message);
        }
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
