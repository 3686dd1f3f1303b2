using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.Deploy.Tests.Assets;

namespace GitOpsGateway.Deploy.Tests.HostSurface;

/// <summary>Keeps the list of control-plane settings the asset tests accept in step with the code that reads them.</summary>
public sealed class ControlPlaneSettingKeysTests
{
    private const string OidcPrefix = "Oidc:";

    private static readonly string Configuration = DeployFolder.Source("src", "GitOpsGateway.ControlPlane", "Configuration");

    [Fact]
    public void every_listed_setting_is_read_by_the_control_plane()
    {
        var reader = File.ReadAllText(Path.Combine(Configuration, "ControlPlaneSettingsReader.cs"));
        var secretSetting = File.ReadAllText(Path.Combine(Configuration, "SecretSetting.cs"));
        var oidcReader = File.ReadAllText(DeployFolder.Source("src", "GitOpsGateway.ControlPlane", "Identity", "Oidc", "OidcSettingsReader.cs"));
        Assert.Contains("FileSuffix = \"File\"", secretSetting, StringComparison.Ordinal);
        foreach (var key in KnownSettingKeys.Plain.Where(key => key != "urls"))
        {
            if (key.StartsWith(OidcPrefix, StringComparison.Ordinal))
            {
                var field = key[OidcPrefix.Length..];
                Assert.True(oidcReader.Contains($"\"{field}\"", StringComparison.Ordinal), $"{key}: OidcSettingsReader does not read \"{field}\"");
                continue;
            }

            var literal = key.EndsWith("File", StringComparison.Ordinal) ? key[..^"File".Length] : key;
            Assert.True(reader.Contains($"\"{literal}\"", StringComparison.Ordinal), $"{key}: ControlPlaneSettingsReader does not read \"{literal}\"");
        }
    }

    [Fact]
    public void every_listed_source_field_is_bound_or_read_for_each_source()
    {
        var bound = File.ReadAllText(Path.Combine(Configuration, "SourceSettings.cs"));
        var reader = File.ReadAllText(Path.Combine(Configuration, "ControlPlaneSettingsReader.cs"));
        Assert.Contains("GetSection(\"Sources\")", reader, StringComparison.Ordinal);
        foreach (var field in KnownSettingKeys.SourceFields.Where(field => !IsSecretField(field)))
        {
            Assert.Matches($@"public [\w?]+ {field} \{{ get; set; \}}", bound);
        }

        Assert.Contains("SecretSetting.Read(section, \"Password\"", reader, StringComparison.Ordinal);
        Assert.Contains("SecretSetting.Read(section, \"WebhookSecret\"", reader, StringComparison.Ordinal);
    }

    /// <summary>Secrets are read through <c>SecretSetting</c> (value or file), never bound.</summary>
    private static bool IsSecretField(string field) =>
        field.StartsWith("Password", StringComparison.Ordinal) || field.StartsWith("WebhookSecret", StringComparison.Ordinal);

    [Fact]
    public void every_listed_flag_is_mapped_by_the_control_plane_host()
    {
        var host = File.ReadAllText(DeployFolder.Source("src", "GitOpsGateway.ControlPlane", "ControlPlaneHost.cs"));
        Assert.Contains("AddEnvironmentVariables(EnvironmentPrefix)", host, StringComparison.Ordinal);
        Assert.Contains($"EnvironmentPrefix = \"{ControlPlaneSettingKeys.EnvironmentPrefix}\"", host, StringComparison.Ordinal);
        Assert.All(ControlPlaneSettingKeys.Flags, flag => Assert.Contains($"[\"{flag.Key}\"] = \"{flag.Value}\"", host, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GITOPS_GATEWAY_SOURCES__0__REPOSITORY", true)]
    [InlineData("GITOPS_GATEWAY_ADMINTOKENFILE", true)]
    [InlineData("GITOPS_GATEWAY_SOURCES__0__REPO", false)]
    [InlineData("GITOPS_GATEWAY_ADMIN_TOKEN", false)]
    public void variables_are_known_by_their_configuration_key(string variable, bool known) =>
        Assert.Equal(known, ControlPlaneSettingKeys.IsKnown(ControlPlaneSettingKeys.KeyOfVariable(variable)!));
}
