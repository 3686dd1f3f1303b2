using GitOpsGateway.Deploy.Tests.Assets;
using YamlDotNet.RepresentationModel;

namespace GitOpsGateway.Deploy.Tests.Kubernetes;

/// <summary>One object of deploy/kubernetes, with the file it came from.</summary>
internal sealed record KubernetesObject(string File, YamlMappingNode Node)
{
    public string Kind => Node.Text("kind") ?? string.Empty;

    public string Name => Node.Mapping("metadata")?.Text("name") ?? string.Empty;

    public YamlMappingNode Spec => Node.Mapping("spec") ?? new YamlMappingNode();

    /// <summary>A Deployment's pod spec.</summary>
    public YamlMappingNode PodSpec => Spec.Mapping("template")?.Mapping("spec") ?? throw new InvalidDataException($"{Kind} {Name} has no pod template.");

    public IReadOnlyList<YamlMappingNode> Containers => PodSpec.Mappings("containers");

    public override string ToString() => $"{Kind}/{Name} ({Path.GetFileName(File)})";
}
