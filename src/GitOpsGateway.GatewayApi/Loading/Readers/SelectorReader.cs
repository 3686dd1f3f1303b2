using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class SelectorReader
{
    public static LabelSelector? Read(ReadContext context, MappingNode parent, string key, string path)
    {
        if (context.Mapping(parent, key, path) is not { } map)
        {
            return null;
        }

        var selectorPath = ReadContext.Field(path, key);
        return new LabelSelector
        {
            MatchLabels = context.StringMap(map, "matchLabels", selectorPath) ?? ValueMap.Empty,
            MatchExpressions = context.List(map, "matchExpressions", selectorPath, (node, itemPath) => Requirement(context, node, itemPath)) ?? [],
        };
    }

    private static LabelSelectorRequirement? Requirement(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new LabelSelectorRequirement
        {
            Key = context.RequiredString(map, "key", path),
            Operator = context.RequiredString(map, "operator", path),
            Values = context.StringList(map, "values", path) ?? [],
        };
    }
}
