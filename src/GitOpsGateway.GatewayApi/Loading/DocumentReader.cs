using GitOpsGateway.GatewayApi.Loading.Readers;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading;

/// <summary>Reads the objects of one parsed document: a single object, or the items of a List.</summary>
internal sealed class DocumentReader(string file, int documentIndex, long maxObjectBytes, List<LoadDiagnostic> diagnostics, List<LoadedObject> objects)
{
    public void Read(ManifestNode root)
    {
        if (root is not MappingNode map)
        {
            var context = new ReadContext(file, documentIndex, string.Empty, diagnostics);
            context.Error(root, string.Empty, $"A manifest document must be an object with apiVersion and kind, not {root.Description}.");
            return;
        }

        ReadObject(map, string.Empty, allowList: true);
    }

    private void ReadObject(MappingNode map, string pathPrefix, bool allowList)
    {
        var context = new ReadContext(file, documentIndex, pathPrefix, diagnostics);
        var apiVersion = context.RequiredString(map, "apiVersion", string.Empty);
        var kind = context.RequiredString(map, "kind", string.Empty);
        if (apiVersion.Length == 0 || kind.Length == 0)
        {
            // A missing or non-string field was reported above; an empty string would otherwise vanish unexplained.
            ReportEmpty(context, map, "apiVersion");
            ReportEmpty(context, map, "kind");
            return;
        }

        if (allowList && kind.EndsWith("List", StringComparison.Ordinal) && map.Get("items") is not null)
        {
            ReadItems(context, map, pathPrefix);
            return;
        }

        var (group, version) = ResourceTypes.SplitApiVersion(apiVersion);
        if (!ResourceTypes.TryFind(group, kind, out var type))
        {
            context.Warning(map, string.Empty, $"{Excerpt.Of(kind)} ({Excerpt.Of(apiVersion)}) is not a kind GitOps Gateway reads; ignored.");
            return;
        }

        if (!type.Versions.Contains(version))
        {
            var supported = string.Join(", ", type.Versions.Order(StringComparer.Ordinal));
            context.Error(map.Get("apiVersion")!, "apiVersion", $"{Excerpt.Of(apiVersion)} is not a supported version of {kind} (supported: {supported}).");
            return;
        }

        context.Sensitive = type.Kind == ResourceKind.Secret;
        if (ObjectMetaReader.Read(context, map, type.Kind) is not { } metadata)
        {
            return;
        }

        if (IsTooLarge(map, out var size))
        {
            context.Error(map, string.Empty, $"The object is {size} bytes as stored (canonical JSON, aliases expanded), over the limit of {maxObjectBytes} bytes; it is refused.");
            objects.Add(new LoadedObject(context.Resource!.Value, null, metadata.Location, map));
            return;
        }

        var resource = type.Read(context, map, apiVersion, metadata);
        objects.Add(new LoadedObject(context.Resource!.Value, context.HasErrors ? null : resource, metadata.Location, map));
    }

    /// <summary>Measures the canonical JSON only when the cheap bound says it may be too large.</summary>
    private bool IsTooLarge(MappingNode map, out long size)
    {
        size = map.ExpandedLength;
        if (size > maxObjectBytes / 6)
        {
            size = CanonicalDocument.Measure(map);
        }

        return size > maxObjectBytes;
    }

    private void ReadItems(ReadContext context, MappingNode list, string pathPrefix)
    {
        if (list.Get("items") is not SequenceNode items)
        {
            context.Error(list.Get("items")!, "items", "must be a list of objects.");
            return;
        }

        for (var i = 0; i < items.Items.Count; i++)
        {
            var itemPath = ReadContext.Item(ReadContext.Field(pathPrefix, "items"), i);
            if (context.AsMapping(items.Items[i], ReadContext.Item("items", i)) is { } item)
            {
                ReadObject(item, itemPath, allowList: false);
            }
        }
    }

    private static void ReportEmpty(ReadContext context, MappingNode map, string key)
    {
        if (map.Get(key) is ScalarNode { IsNull: false, Value.Length: 0 } empty)
        {
            context.Error(empty, key, "is empty; every object needs one, as Kubernetes requires.");
        }
    }
}
