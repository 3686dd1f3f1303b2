using System.Text.Json;
using System.Text.Json.Serialization;

namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>Source-generated metadata for the feed's JSON, independent of the host's JSON settings.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(FeedMessage))]
[JsonSerializable(typeof(NodeReport))]
[JsonSerializable(typeof(NodeListing))]
internal sealed partial class NodeFeedJsonContext : JsonSerializerContext;
