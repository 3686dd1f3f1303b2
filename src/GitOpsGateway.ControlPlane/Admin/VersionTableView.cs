using System.Text.Json;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>One Gateway's route table in a version; <see cref="Hash"/> is the SHA-256 of its canonical JSON.</summary>
public sealed record VersionTableView(string Gateway, string Hash, JsonElement Table);
