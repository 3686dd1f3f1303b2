using GitOpsGateway.Sources;

namespace GitOpsGateway.Benchmarks.Audit;

/// <summary>What one synthetic commit changed: the resource events to append after its <c>CommitIngested</c>.</summary>
internal sealed record SyntheticCommit(string Sha, CommitSignature Author, string Message, IReadOnlyList<object> ResourceEvents, bool ChangesTables);
