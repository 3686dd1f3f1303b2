using GitOpsGateway.Events;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>
/// One thing a source's last ingested commit could not read or load (an error), or read and applied but wants seen
/// (a warning: an unknown kind, a file with no objects, a file not read because of its name): where, and why.
/// </summary>
public sealed record RejectionView
{
    public required string Source { get; init; }

    /// <summary>The commit whose files were read; the rejection stands until a later commit reads cleanly.</summary>
    public required string CommitSha { get; init; }

    /// <summary>Relative to the source folder.</summary>
    public required string File { get; init; }

    /// <summary>1-based; 0 when the problem concerns the file as a whole.</summary>
    public int Line { get; init; }

    public int Column { get; init; }

    public string? Field { get; init; }

    /// <summary>"HTTPRoute/shop/web" when the object's identity could be read; it keeps its last good version.</summary>
    public string? Resource { get; init; }

    /// <summary>Why a file was not read at all: NotUtf8, Oversized, SymbolicLink, Submodule or ExtensionCase; null for load diagnostics.</summary>
    public string? Reason { get; init; }

    /// <summary>Error (the objects concerned keep their last good versions) or Warning (applied as if nothing were said).</summary>
    public required RejectionSeverity Severity { get; init; }

    public required string Message { get; init; }

    public static RejectionView From(string source, string commitSha, ManifestRejected rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        return new RejectionView
        {
            Source = source,
            CommitSha = commitSha,
            File = rejected.File,
            Line = rejected.Line,
            Column = rejected.Column,
            Field = rejected.FieldPath.Length == 0 ? null : rejected.FieldPath,
            Resource = rejected.Resource,
            Reason = rejected.Reason,
            Severity = rejected.Severity,
            Message = rejected.Message,
        };
    }
}
