namespace GitOpsGateway.Sources;

/// <summary>Why an entry under the source folder was not returned as a manifest file.</summary>
public enum SkippedEntryReason
{
    /// <summary>A symbolic link: its target may lie outside the folder or the repository, so it is never followed.</summary>
    SymbolicLink,

    /// <summary>A submodule (gitlink): its content lives in another repository.</summary>
    Submodule,

    /// <summary>A manifest file larger than the reader's size limit.</summary>
    Oversized,

    /// <summary>A manifest file whose bytes are not valid UTF-8.</summary>
    NotUtf8,

    /// <summary>
    /// A file whose extension is a manifest extension in another case (<c>ROUTE.YAML</c>): kubectl does not read it,
    /// and neither do we, but it is reported (as a warning) because its author most likely meant it to be read.
    /// </summary>
    ExtensionCase,
}
