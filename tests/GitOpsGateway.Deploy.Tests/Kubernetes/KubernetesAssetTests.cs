using GitOpsGateway.Deploy.Tests.Assets;
using GitOpsGateway.Deploy.Tests.HostSurface;
using YamlDotNet.RepresentationModel;

namespace GitOpsGateway.Deploy.Tests.Kubernetes;

public sealed class KubernetesAssetTests
{
    private readonly KubernetesManifests manifests = KubernetesManifests.Load();

    private KubernetesObject ControlPlane => manifests.Running("control-plane");

    private KubernetesObject DataPlane => manifests.Running("data-plane");

    [Fact]
    public void kustomization_lists_every_manifest_in_the_folder()
    {
        var onDisk = Directory.GetFiles(DeployFolder.Kubernetes, "*.yaml").Where(file => Path.GetFileName(file) != "kustomization.yaml").Order();
        Assert.Equal(onDisk, manifests.ResourceFiles.Order());
        Assert.All(manifests.Objects, item => Assert.False(string.IsNullOrEmpty(item.Kind) || string.IsNullOrEmpty(item.Name), $"{item.File}: an object without kind or name"));
    }

    [Fact]
    public void control_plane_runs_three_replicas_and_the_data_plane_two()
    {
        Assert.Equal("3", ControlPlane.Spec.Text("replicas"));
        Assert.Equal("2", DataPlane.Spec.Text("replicas"));
    }

    [Fact]
    public async Task containers_run_real_subcommands_with_flags_the_built_host_accepts()
    {
        var subcommands = await BuiltHost.SubcommandsAsync();
        var nodeFlags = await BuiltHost.DataPlaneFlagsAsync();
        foreach (var (deployment, known) in new[] { (ControlPlane, ControlPlaneSettingKeys.Flags.Keys.ToHashSet()), (DataPlane, nodeFlags) })
        {
            var arguments = deployment.Containers.Single().Texts("args");
            Assert.Contains(arguments[0], subcommands);
            Assert.All(arguments.Where(argument => argument.StartsWith("--", StringComparison.Ordinal)), flag => Assert.True(known.Contains(flag), $"{deployment}: {flag} is unknown"));
        }
    }

    [Fact]
    public void every_setting_given_to_the_control_plane_is_one_it_reads()
    {
        var container = ControlPlane.Containers.Single();
        var fromConfigMaps = container.Mappings("envFrom")
            .Select(source => source.Mapping("configMapRef")!.Text("name")!)
            .SelectMany(name => manifests.Single("ConfigMap", name).Node.Mapping("data").Keys());
        var variables = container.Mappings("env").Select(variable => variable.Text("name")!).Concat(fromConfigMaps).ToList();
        Assert.Contains("GITOPS_GATEWAY_DATABASE", variables);
        Assert.All(variables, variable =>
        {
            var key = ControlPlaneSettingKeys.KeyOfVariable(variable);
            Assert.True(key is not null && ControlPlaneSettingKeys.IsKnown(key), $"{variable} is not a setting the control plane reads");
        });
    }

    [Fact]
    public void secret_files_the_settings_name_are_mounted_from_the_secrets_holding_them()
    {
        var settings = manifests.Single("ConfigMap", "gitops-gateway-control-plane").Node.Mapping("data").ScalarEntries();
        var controlPlaneFiles = MountedSecretFiles(ControlPlane);
        Assert.Contains(settings["GITOPS_GATEWAY_ADMINTOKENFILE"], controlPlaneFiles);
        Assert.Contains(settings["GITOPS_GATEWAY_NODETOKENSFILE"], controlPlaneFiles);
        var arguments = DataPlane.Containers.Single().Texts("args").ToList();
        Assert.Contains(arguments[arguments.IndexOf("--node-token-file") + 1], MountedSecretFiles(DataPlane));
    }

    [Fact]
    public void the_node_tokens_entry_names_the_gateway_the_nodes_serve_and_carries_the_nodes_token()
    {
        var controlPlaneSecret = manifests.Single("Secret", "gitops-gateway-control-plane").Node.Mapping("stringData").ScalarEntries();
        var nodeToken = manifests.Single("Secret", "gitops-gateway-node").Node.Mapping("stringData").ScalarEntries()["node-token"];
        var arguments = DataPlane.Containers.Single().Texts("args").ToList();
        var gateway = arguments[arguments.IndexOf("--gateway") + 1];

        var entries = controlPlaneSecret["node-tokens"].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => entry.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Contains(entries, fields => fields.Length == 3 && fields[1].Split(',').Contains(gateway) && fields[2] == nodeToken);
    }

    [Fact]
    public void placeholder_secrets_say_so_and_nodes_get_no_database_credentials()
    {
        Assert.All(manifests.OfKind("Secret"), secret => Assert.All(secret.Node.Mapping("stringData").ScalarEntries().Values, value => Assert.Contains("CHANGE-ME", value, StringComparison.Ordinal)));
        var nodeSecrets = DataPlane.PodSpec.Mappings("volumes").Select(volume => volume.Mapping("secret")?.Text("secretName")).OfType<string>();
        Assert.DoesNotContain("gitops-gateway-control-plane", nodeSecrets);
        Assert.Empty(DataPlane.Containers.Single().Mappings("env"));
    }

    [Fact]
    public void probes_ask_the_health_endpoints_on_ports_the_processes_listen_on()
    {
        var controlPlane = ControlPlane.Containers.Single();
        var controlPlanePort = new Uri(controlPlane.Texts("args")[2]).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        AssertProbe(controlPlane, "readinessProbe", "/readyz", controlPlanePort);
        AssertProbe(controlPlane, "livenessProbe", "/healthz", controlPlanePort);
        var node = DataPlane.Containers.Single();
        var arguments = node.Texts("args").ToList();
        var adminPort = arguments[arguments.IndexOf("--admin-port") + 1];
        AssertProbe(node, "readinessProbe", "/readyz", adminPort);
        AssertProbe(node, "livenessProbe", "/healthz", adminPort);
    }

    [Fact]
    public void services_target_ports_the_containers_serve()
    {
        var node = DataPlane.Containers.Single();
        var arguments = node.Texts("args").ToList();
        var listeners = arguments[arguments.IndexOf("--ports") + 1].Split(',').Select(pair => pair.Split('=')).ToDictionary(pair => pair[0], pair => pair[1]);
        var nodeService = manifests.Single("Service", "gitops-gateway-data-plane");
        Assert.Equal("LoadBalancer", nodeService.Spec.Text("type"));
        foreach (var port in nodeService.Spec.Mappings("ports"))
        {
            Assert.Equal(listeners[port.Text("port")!], ContainerPort(node, port.Text("targetPort")!));
        }

        var controlPlaneService = manifests.Single("Service", "gitops-gateway-control-plane");
        var feed = new Uri(arguments[arguments.IndexOf("--control-plane") + 1]);
        var servicePort = controlPlaneService.Spec.Mappings("ports").Single();
        Assert.Equal((controlPlaneService.Name, servicePort.Text("port")), (feed.Host, feed.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(new Uri(ControlPlane.Containers.Single().Texts("args")[2]).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), ContainerPort(ControlPlane.Containers.Single(), servicePort.Text("targetPort")!));
        Assert.All(new[] { (nodeService, DataPlane), (controlPlaneService, ControlPlane) }, pair =>
            Assert.Equal(pair.Item1.Spec.Mapping("selector").ScalarEntries(), pair.Item2.Spec.Mapping("template")!.Mapping("metadata")!.Mapping("labels").ScalarEntries()));
    }

    [Fact]
    public void pods_run_as_a_non_root_user_on_a_read_only_root_filesystem_with_writable_state_in_empty_dirs()
    {
        foreach (var deployment in new[] { ControlPlane, DataPlane })
        {
            var pod = deployment.PodSpec.Mapping("securityContext")!;
            Assert.Equal("true", pod.Text("runAsNonRoot"));
            Assert.NotEqual("0", pod.Text("runAsUser"));
            var container = deployment.Containers.Single();
            Assert.Equal("true", container.Mapping("securityContext")!.Text("readOnlyRootFilesystem"));
            Assert.Equal("false", container.Mapping("securityContext")!.Text("allowPrivilegeEscalation"));
            Assert.NotNull(container.Mapping("resources")?.Mapping("requests"));
            Assert.NotNull(container.Mapping("resources")?.Mapping("limits"));
            var emptyDirs = EmptyDirMounts(deployment);
            Assert.Contains("/tmp", emptyDirs);
            var statePath = WritableStatePath(deployment);
            Assert.True(emptyDirs.Any(mount => statePath.StartsWith(mount + "/", StringComparison.Ordinal)), $"{deployment}: {statePath} is not on an emptyDir");
        }
    }

    /// <summary>Where the process writes: the node's --state-directory, the control plane's StateDirectory setting.</summary>
    private string WritableStatePath(KubernetesObject deployment)
    {
        var arguments = deployment.Containers.Single().Texts("args").ToList();
        return arguments[0] == "data-plane"
            ? arguments[arguments.IndexOf("--state-directory") + 1]
            : manifests.Single("ConfigMap", "gitops-gateway-control-plane").Node.Mapping("data").ScalarEntries()["GITOPS_GATEWAY_STATEDIRECTORY"];
    }

    private static void AssertProbe(YamlMappingNode container, string probe, string path, string port)
    {
        var request = container.Mapping(probe)?.Mapping("httpGet") ?? throw new InvalidDataException($"No {probe}.");
        Assert.Equal(path, request.Text("path"));
        Assert.Equal(port, ContainerPort(container, request.Text("port")!));
    }

    /// <summary>A port given by name or number, as the number.</summary>
    private static string ContainerPort(YamlMappingNode container, string nameOrNumber) =>
        container.Mappings("ports").SingleOrDefault(port => port.Text("name") == nameOrNumber)?.Text("containerPort") ?? nameOrNumber;

    private static List<string> EmptyDirMounts(KubernetesObject deployment)
    {
        var emptyDirVolumes = deployment.PodSpec.Mappings("volumes").Where(volume => volume.Child("emptyDir") is not null).Select(volume => volume.Text("name")).ToHashSet();
        return [.. deployment.Containers.Single().Mappings("volumeMounts").Where(mount => emptyDirVolumes.Contains(mount.Text("name"))).Select(mount => mount.Text("mountPath")!)];
    }

    /// <summary>Paths of files that Secret volumes put in the container: mount path / item path, or / key for every key.</summary>
    private List<string> MountedSecretFiles(KubernetesObject deployment)
    {
        var files = new List<string>();
        foreach (var mount in deployment.Containers.Single().Mappings("volumeMounts"))
        {
            var volume = deployment.PodSpec.Mappings("volumes").Single(candidate => candidate.Text("name") == mount.Text("name"));
            if (volume.Mapping("secret") is not { } secret || secret.Text("optional") == "true")
            {
                continue;
            }

            var keys = secret.Mappings("items") is { Count: > 0 } items
                ? items.Select(item => item.Text("path")!)
                : manifests.Single("Secret", secret.Text("secretName")!).Node.Mapping("stringData").Keys();
            files.AddRange(keys.Select(key => mount.Text("mountPath") + "/" + key));
        }

        return files;
    }
}
