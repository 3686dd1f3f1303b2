using YamlDotNet.RepresentationModel;

namespace GitOpsGateway.Deploy.Tests.Assets;

/// <summary>Every document of a (multi-document) YAML file as a node tree, aliases resolved by the parser.</summary>
internal static class YamlFile
{
    public static IReadOnlyList<YamlMappingNode> LoadMappings(string path) => LoadMappingsFromText(File.ReadAllText(path), path);

    public static IReadOnlyList<YamlMappingNode> LoadMappingsFromText(string text, string origin)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(text))
        {
            stream.Load(reader);
        }

        return [.. stream.Documents
            .Select(document => document.RootNode as YamlMappingNode
                ?? throw new InvalidDataException($"{origin}: a document is not a mapping."))];
    }
}
