using GitOpsGateway.ControlPlane.Configuration;
using Microsoft.Extensions.Configuration;

namespace GitOpsGateway.ControlPlane.Tests.Configuration;

public sealed class ClusterDomainAndUnknownKeyTests
{
    private static readonly Dictionary<string, string?> Minimal = new()
    {
        ["Database"] = "Host=db;Database=gateway",
        ["AdminToken"] = "token",
        ["Sources:0:Name"] = "shop",
        ["Sources:0:Repository"] = "https://git.example.com/acme/shop.git",
    };

    [Fact]
    public void the_cluster_domain_comes_from_the_flag_and_reaches_every_compiler()
    {
        var settings = Read(Minimal, ["--cluster-domain", "corp.example."]);

        Assert.Equal("corp.example", settings.ClusterDomain);
        Assert.Equal("corp.example", settings.TranslatorOptions.ClusterDomain);
        Assert.Equal(settings.ControllerName, settings.TranslatorOptions.ControllerName);
        Assert.Equal("cluster.local", Read(Minimal, []).ClusterDomain);
    }

    [Fact]
    public void a_cluster_domain_that_is_no_dns_name_is_a_problem()
    {
        var failure = Assert.Throws<ControlPlaneConfigurationException>(() => Read(Minimal, ["--cluster-domain", "corp example"]));

        Assert.Contains("ClusterDomain must be a DNS name such as cluster.local, not 'corp example'.", failure.Problems);
    }

    [Fact]
    public void unknown_variables_and_section_keys_are_named_with_the_closest_known_key_and_do_not_stop_the_start()
    {
        var given = new Dictionary<string, string?>(Minimal)
        {
            ["Ingestion:BatchSzie"] = "10",
            ["Sources:0:Brnach"] = "release",
            ["Logging:LogLevel:Default"] = "Debug",
        };
        string[] variables =
        [
            "GITOPS_GATEWAY_ADMIN_TOKEN", "GITOPS_GATEWAY_SOURCES__1__POLINTERVAL", "GITOPS_GATEWAY_DATABASE",
            "GITOPS_GATEWAY_NODE_TOKEN", "GITOPS_GATEWAY_CLUSTERDOMAIN", "PATH",
        ];

        var settings = ControlPlaneSettingsReader.Read(Configuration(given, []), Configuration([], []), variables);

        Assert.Equal(
            [
                new UnknownSettingKey("GITOPS_GATEWAY_ADMIN_TOKEN", "GITOPS_GATEWAY_ADMINTOKEN"),
                new UnknownSettingKey("GITOPS_GATEWAY_SOURCES__1__POLINTERVAL", "GITOPS_GATEWAY_SOURCES__1__POLLINTERVAL"),
                new UnknownSettingKey("Sources:0:Brnach", "Sources:0:Branch"),
                new UnknownSettingKey("Ingestion:BatchSzie", "Ingestion:BatchSize"),
            ],
            settings.UnknownKeys);
    }

    private static ControlPlaneSettings Read(Dictionary<string, string?> values, string[] args) =>
        ControlPlaneSettingsReader.Read(Configuration(values, args), new ConfigurationBuilder().AddCommandLine(args).Build(), []);

    private static IConfigurationRoot Configuration(Dictionary<string, string?> values, string[] args) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values)
            .AddCommandLine(args, new Dictionary<string, string> { ["--cluster-domain"] = "ClusterDomain" })
            .Build();
}
