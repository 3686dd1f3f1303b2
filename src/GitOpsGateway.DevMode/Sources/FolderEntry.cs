namespace GitOpsGateway.DevMode.Sources;

/// <summary>
/// One entry of the watched folder as the mirror sees it, at a '/'-separated path relative to the folder.
/// <see cref="Content"/> is the file's bytes or the link's target; <see cref="Refusal"/> says why a refused entry
/// was not read.
/// </summary>
public sealed record FolderEntry(string Path, FolderEntryKind Kind, ReadOnlyMemory<byte> Content, string? Refusal = null);
