namespace GitOpsGateway.DevMode.Sources;

/// <summary>What the folder mirror records for one entry of the watched folder.</summary>
public enum FolderEntryKind
{
    /// <summary>A regular file wholly inside the folder: its bytes are mirrored.</summary>
    File,

    /// <summary>A symbolic link (to a file or a folder, inside or outside): mirrored as a link, never followed.</summary>
    SymbolicLink,

    /// <summary>An entry that is never read (a FIFO, a device, a socket, a hard link to a file outside the folder).</summary>
    Refused,
}
