using GitOpsGateway.Deploy.Tests.Assets;
using YamlDotNet.RepresentationModel;

namespace GitOpsGateway.Deploy.Tests.Compose;

/// <summary>compose.yaml as Docker Compose would see it with the given <c>.env</c> variables.</summary>
internal sealed record ComposeFile(IReadOnlyDictionary<string, ComposeService> Services, IReadOnlyList<string> NamedVolumes, IReadOnlyList<string> UnsetVariables)
{
    /// <summary>compose.yaml with the values of <c>.env.example</c>, as after <c>cp .env.example .env</c>.</summary>
    public static ComposeFile LoadWithExampleEnvironment() =>
        Load(DeployFolder.ComposeFile, EnvironmentFile.Load(DeployFolder.ComposeEnvironmentExample));

    public static ComposeFile Load(string path, IReadOnlyDictionary<string, string> variables)
    {
        var unset = new List<string>();
        var text = ComposeInterpolation.Apply(File.ReadAllText(path), variables, unset);
        var root = YamlFile.LoadMappingsFromText(text, path).Single();
        var services = root.Mapping("services") ?? throw new InvalidDataException($"{path} has no services.");
        return new ComposeFile(
            services.Keys().ToDictionary(name => name, name => Read(name, (YamlMappingNode)services.Child(name)!), StringComparer.Ordinal),
            [.. root.Mapping("volumes").Keys()],
            unset);
    }

    public ComposeService this[string name] => Services[name];

    public IEnumerable<ComposeService> DataPlaneNodes => Services.Values.Where(service => service.Command.FirstOrDefault() == "data-plane");

    /// <summary>Services that run the product's image (built from deploy/docker/Dockerfile).</summary>
    public IEnumerable<ComposeService> ProductServices => Services.Values.Where(service => service.Dockerfile is not null);

    private static ComposeService Read(string name, YamlMappingNode service) => new()
    {
        Name = name,
        Image = service.Text("image"),
        Dockerfile = service.Mapping("build")?.Text("dockerfile"),
        User = service.Text("user"),
        Entrypoint = service.Texts("entrypoint"),
        Command = service.Texts("command"),
        Environment = service.Mapping("environment").ScalarEntries(),
        Ports = service.Texts("ports"),
        Volumes = service.Texts("volumes"),
        Healthcheck = service.Mapping("healthcheck")?.Texts("test") ?? [],
        DependsOn = service.Mapping("depends_on") is { } dependencies
            ? dependencies.Keys().ToDictionary(dependency => dependency, dependency => dependencies.Mapping(dependency)?.Text("condition") ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(),
        NetworkAliases = service.Mapping("networks")?.Mapping("default")?.Texts("aliases") ?? [],
    };
}
