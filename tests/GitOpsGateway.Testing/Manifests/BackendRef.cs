namespace GitOpsGateway.Testing.Manifests;

/// <summary>A backendRef of an HTTPRoute rule to a Service in the route's namespace; no weight means the default, 1.</summary>
public sealed record BackendRef(string Service, int Port = 8080, int? Weight = null);
