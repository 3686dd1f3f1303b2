using GitOpsGateway.Deploy.Tests.Assets;
using YamlDotNet.RepresentationModel;

namespace GitOpsGateway.Deploy.Tests.Kubernetes;

/// <summary>The objects kustomization.yaml lists, in its order; what <c>kubectl apply -k deploy/kubernetes</c> would send.</summary>
internal sealed record KubernetesManifests(YamlMappingNode Kustomization, IReadOnlyList<string> ResourceFiles, IReadOnlyList<KubernetesObject> Objects)
{
    public static KubernetesManifests Load()
    {
        var kustomization = YamlFile.LoadMappings(Path.Combine(DeployFolder.Kubernetes, "kustomization.yaml")).Single();
        var files = kustomization.Texts("resources").Select(file => Path.Combine(DeployFolder.Kubernetes, file)).ToList();
        var objects = files.SelectMany(file => YamlFile.LoadMappings(file).Select(node => new KubernetesObject(file, node))).ToList();
        return new KubernetesManifests(kustomization, files, objects);
    }

    public KubernetesObject Single(string kind, string name) =>
        Objects.SingleOrDefault(item => item.Kind == kind && item.Name == name) ?? throw new InvalidDataException($"No {kind} {name} in deploy/kubernetes.");

    public IEnumerable<KubernetesObject> OfKind(string kind) => Objects.Where(item => item.Kind == kind);

    /// <summary>The Deployment whose containers run <c>gitops-gateway SUBCOMMAND</c>.</summary>
    public KubernetesObject Running(string subcommand) =>
        OfKind("Deployment").Single(deployment => deployment.Containers.Any(container => container.Texts("args").FirstOrDefault() == subcommand));
}
