using System.Text.Json;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>
/// What a caller without <see cref="Identity.Permission.ReadSecretDetails"/> sees of a Secret: that it exists, not
/// its type, key names, certificates or hash markers (an unkeyed hash of a low-entropy value can be guessed, ADR 0002).
/// </summary>
internal static class SecretIdentity
{
    public const string Kind = "Secret";

    public static JsonElement Manifest(string @namespace, string name) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["apiVersion"] = "v1",
            ["kind"] = Kind,
            ["metadata"] = new Dictionary<string, string> { ["name"] = name, ["namespace"] = @namespace },
        });
}
