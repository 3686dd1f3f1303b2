using GitOpsGateway.Conformance.Upstream;

namespace GitOpsGateway.Conformance.Report;

public sealed record UpstreamTestResult(UpstreamTest Test, TestOutcome Outcome, string Reason);
