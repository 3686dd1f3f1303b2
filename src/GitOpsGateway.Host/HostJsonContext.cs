using System.Text.Json;
using System.Text.Json.Serialization;
using GitOpsGateway.Host.DataPlaneCommand;

namespace GitOpsGateway.Host;

/// <summary>Source-generated JSON for the host's own answers (CreateSlimBuilder has no reflection-based serialiser).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(NodeHealth))]
internal sealed partial class HostJsonContext : JsonSerializerContext;
