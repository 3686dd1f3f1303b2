namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>One entry of <c>Sources</c> in the settings, as bound; <see cref="ControlPlaneSettingsReader"/> validates it.</summary>
internal sealed class SourceSettings
{
    public string? Name { get; set; }

    /// <summary>A local path, file:// or https:// URL.</summary>
    public string? Repository { get; set; }

    public string Branch { get; set; } = "main";

    public string Folder { get; set; } = string.Empty;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>User name for an https remote; the password comes from <c>Password</c> (environment) or <c>PasswordFile</c>.</summary>
    public string? Username { get; set; }
}
