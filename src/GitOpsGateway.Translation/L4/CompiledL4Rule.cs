using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;

namespace GitOpsGateway.Translation.L4;

/// <summary>The single rule of a TLSRoute, TCPRoute or UDPRoute in IR form.</summary>
internal sealed record CompiledL4Rule(RuleProvenance Provenance, EquatableArray<Backend> Backends);
