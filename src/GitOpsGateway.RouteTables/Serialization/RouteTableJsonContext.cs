using System.Text.Json;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.L4;
using GitOpsGateway.RouteTables.Listeners;
using System.Text.Json.Serialization;

namespace GitOpsGateway.RouteTables.Serialization;

/// <summary>
/// Source-generated metadata: property order is the declaration order, fixed at compile time, which keeps the
/// canonical bytes independent of reflection order. Reading is strict (unknown properties, missing required
/// ones and nulls in non-nullable places are errors) but tolerates comments and trailing commas in
/// hand-written files.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(Iso8601DurationJsonConverter)])]
[JsonSerializable(typeof(RouteTable))]
// Items of EquatableArray<T> are read and written through these (the array converter asks for them by type).
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(NamespacedName))]
[JsonSerializable(typeof(Listener))]
[JsonSerializable(typeof(CertificateReference))]
[JsonSerializable(typeof(HttpPort))]
[JsonSerializable(typeof(HttpListenerRoutes))]
[JsonSerializable(typeof(VirtualHost))]
[JsonSerializable(typeof(HttpRouteRule))]
[JsonSerializable(typeof(HeaderMatch))]
[JsonSerializable(typeof(QueryParamMatch))]
[JsonSerializable(typeof(HttpFilter))]
[JsonSerializable(typeof(HttpHeader))]
[JsonSerializable(typeof(Backend))]
[JsonSerializable(typeof(L4Route))]
[JsonSerializable(typeof(Cluster))]
[JsonSerializable(typeof(ClusterEndpoint))]
internal sealed partial class RouteTableJsonContext : JsonSerializerContext;
