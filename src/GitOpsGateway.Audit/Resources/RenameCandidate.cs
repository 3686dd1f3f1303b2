namespace GitOpsGateway.Audit.Resources;

/// <summary>An object deleted or created by one commit, with its manifest (the last one for a deletion) and file.</summary>
internal sealed record RenameCandidate(ResourceRef Resource, string? Manifest, string File);
