using System.Globalization;
using GitOpsGateway.Deploy.Tests.Assets;
using GitOpsGateway.Deploy.Tests.HostSurface;

namespace GitOpsGateway.Deploy.Tests.Compose;

public sealed class ComposeAssetTests
{
    private readonly ComposeFile compose = ComposeFile.LoadWithExampleEnvironment();

    [Fact]
    public void every_variable_compose_yaml_needs_is_set_by_the_example_environment_file()
    {
        Assert.Empty(compose.UnsetVariables);
        Assert.All(EnvironmentFile.Load(DeployFolder.ComposeEnvironmentExample).Values, value => Assert.StartsWith("change-me", value, StringComparison.Ordinal));
    }

    [Fact]
    public void compose_runs_postgres_one_control_plane_and_two_data_plane_nodes_from_the_product_image()
    {
        Assert.Single(compose.ProductServices, service => service.Command.FirstOrDefault() == "control-plane");
        Assert.Equal(2, compose.DataPlaneNodes.Count());
        Assert.StartsWith("postgres:", compose["postgres"].Image, StringComparison.Ordinal);
        Assert.All(compose.ProductServices, service => Assert.Equal("deploy/docker/Dockerfile", service.Dockerfile));
    }

    [Fact]
    public async Task product_services_run_real_subcommands_with_flags_the_built_host_accepts()
    {
        var subcommands = await BuiltHost.SubcommandsAsync();
        var nodeFlags = await BuiltHost.DataPlaneFlagsAsync();
        foreach (var service in compose.ProductServices)
        {
            Assert.Contains(service.Command[0], subcommands);
            var flags = service.Command.Skip(1).Where(argument => argument.StartsWith("--", StringComparison.Ordinal));
            var known = service.Command[0] == "data-plane" ? nodeFlags : ControlPlaneSettingKeys.Flags.Keys.ToHashSet();
            Assert.All(flags, flag => Assert.True(known.Contains(flag), $"{service.Name}: {flag} is not a {service.Command[0]} flag"));
        }
    }

    [Fact]
    public void every_setting_given_to_the_control_plane_is_one_it_reads()
    {
        var controlPlane = compose.ProductServices.Single(service => service.Command[0] == "control-plane");
        Assert.NotEmpty(controlPlane.Environment);
        Assert.All(controlPlane.Environment.Keys, variable =>
        {
            var key = ControlPlaneSettingKeys.KeyOfVariable(variable);
            Assert.True(key is not null && ControlPlaneSettingKeys.IsKnown(key), $"control plane: {variable} is not a setting it reads");
        });
    }

    [Fact]
    public void nodes_receive_only_their_feed_token_and_never_database_credentials()
    {
        Assert.All(compose.DataPlaneNodes, node =>
        {
            Assert.Equal(["GITOPS_GATEWAY_NODE_TOKEN"], node.Environment.Keys);
            // NAME GATEWAYS TOKEN: the node's token is accepted for the Gateway the node serves.
            var entries = compose["control-plane"].Environment["GITOPS_GATEWAY_NODETOKENS"].Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries)
                .Select(entry => entry.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(entries, fields => fields.Length == 3
                && fields[2] == node.Environment["GITOPS_GATEWAY_NODE_TOKEN"]
                && fields[1].Split(',').Contains(node.Flag("--gateway")));
        });
    }

    [Fact]
    public void nodes_publish_unprivileged_listener_ports_that_their_port_mapping_serves()
    {
        Assert.All(compose.DataPlaneNodes, node =>
        {
            var listenerPorts = node.Flag("--ports")!.Split(',').Select(pair => int.Parse(pair.Split('=')[1], CultureInfo.InvariantCulture)).ToHashSet();
            Assert.Equal(listenerPorts.Order(), node.ContainerPorts.Order());
            Assert.All(listenerPorts, port => Assert.True(port > 1024, $"{node.Name}: listener port {port} needs privileges"));
        });
        var hostPorts = compose.Services.Values.SelectMany(service => service.Ports).Select(port => port[..port.LastIndexOf(':')]).ToList();
        Assert.Equal(hostPorts.Count, hostPorts.Distinct().Count());
    }

    [Fact]
    public void nodes_reach_the_control_plane_at_the_service_name_and_port_it_listens_on()
    {
        var controlPlane = compose["control-plane"];
        var listening = new Uri(controlPlane.Flag("--urls")!);
        Assert.All(compose.DataPlaneNodes, node =>
        {
            var target = new Uri(node.Flag("--control-plane")!);
            Assert.Equal((controlPlane.Name, listening.Port), (target.Host, target.Port));
            Assert.Equal("service_healthy", node.DependsOn[controlPlane.Name]);
        });
        Assert.Equal("service_healthy", controlPlane.DependsOn["postgres"]);
        Assert.Equal("service_completed_successfully", controlPlane.DependsOn["example-repo"]);
    }

    [Fact]
    public void health_checks_probe_the_readiness_endpoint_on_the_port_each_process_serves_it()
    {
        var controlPlane = compose["control-plane"];
        Assert.Equal(["CMD", "probe", new Uri(controlPlane.Flag("--urls")!).Port.ToString(CultureInfo.InvariantCulture), "/readyz"], controlPlane.Healthcheck);
        Assert.All(compose.DataPlaneNodes, node => Assert.Equal(["CMD", "probe", node.Flag("--admin-port")!, "/readyz"], node.Healthcheck));
        Assert.Equal("pg_isready", compose["postgres"].Healthcheck.ElementAtOrDefault(1));
    }

    [Fact]
    public void product_services_keep_the_image_s_non_root_user()
    {
        Assert.All(compose.ProductServices, service => Assert.Null(service.User));
    }

    [Fact]
    public void node_ids_and_state_volumes_are_distinct_per_node()
    {
        var nodes = compose.DataPlaneNodes.ToList();
        Assert.Equal(nodes.Count, nodes.Select(node => node.Flag("--node-id")).Distinct().Count());
        Assert.Equal(nodes.Count, nodes.SelectMany(node => node.Volumes).Distinct().Count());
    }

    [Fact]
    public void the_example_repository_is_built_from_gitops_example_and_read_by_the_control_plane_from_a_shared_volume()
    {
        var job = compose["example-repo"];
        var repository = job.Command[0];
        Assert.Contains(job.Volumes, volume => volume.StartsWith("../../gitops-example:", StringComparison.Ordinal));
        var controlPlane = compose["control-plane"];
        Assert.Equal(repository, controlPlane.Environment["GITOPS_GATEWAY_SOURCES__0__REPOSITORY"]);
        var sharedVolume = job.Volumes.Single(volume => repository.StartsWith(volume.Split(':')[1], StringComparison.Ordinal)).Split(':')[0];
        Assert.Contains(controlPlane.Volumes, volume => volume.StartsWith(sharedVolume + ":", StringComparison.Ordinal));
        Assert.Contains(sharedVolume, compose.NamedVolumes);
    }

    [Fact]
    public void every_demo_backend_answers_to_the_cluster_dns_name_of_a_service_in_the_example_overlay()
    {
        var overlay = YamlFile.LoadMappings(Path.Combine(DeployFolder.Compose, "example-backends", "apps", "production", "services.yaml"));
        Assert.All(overlay, document => Assert.Equal("Service", document.Text("kind")));
        var services = overlay
            .Select(service => $"{service.Mapping("metadata")!.Text("name")}.{service.Mapping("metadata")!.Text("namespace")}.svc.cluster.local")
            .ToHashSet();
        var aliases = compose.Services.Values.SelectMany(service => service.NetworkAliases).ToHashSet();
        Assert.Equal(services.Order(), aliases.Order());
    }
}
