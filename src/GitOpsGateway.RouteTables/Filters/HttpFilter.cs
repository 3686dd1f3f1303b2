using System.Text.Json.Serialization;

namespace GitOpsGateway.RouteTables.Filters;

/// <summary>
/// A Gateway API filter, on a rule or on one backend of a rule. The JSON discriminator is the Gateway API filter
/// type name. Backends referenced by filters (mirrors) are cluster ids like those of backends.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RequestHeaderModifierFilter), "RequestHeaderModifier")]
[JsonDerivedType(typeof(ResponseHeaderModifierFilter), "ResponseHeaderModifier")]
[JsonDerivedType(typeof(RequestRedirectFilter), "RequestRedirect")]
[JsonDerivedType(typeof(UrlRewriteFilter), "URLRewrite")]
[JsonDerivedType(typeof(RequestMirrorFilter), "RequestMirror")]
[JsonDerivedType(typeof(CorsFilter), "CORS")]
public abstract record HttpFilter;
