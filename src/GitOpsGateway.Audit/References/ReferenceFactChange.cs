namespace GitOpsGateway.Audit.References;

/// <summary>A fact that started, stopped or changed its detail; the side that does not exist is null.</summary>
internal sealed record ReferenceFactChange(ReferenceChangeKind Kind, ReferenceFact? Before, ReferenceFact? After)
{
    public ReferenceFact Fact => After ?? Before!;
}
