namespace GitOpsGateway.Events;

/// <summary>
/// Part of a commit could not be read or loaded: a file, a document or one object. The other objects of the
/// commit are applied anyway; an object named here, or held by the file named here, keeps its last good version.
/// A <see cref="RejectionSeverity.Warning"/> records something read and applied as usual that people should see
/// (an unknown kind, a file with no objects); it keeps and deletes nothing.
/// </summary>
public sealed record ManifestRejected
{
    public required string File { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    /// <summary>The field at fault (<c>spec.rules[0].matches[1].path.value</c>), empty for the document itself.</summary>
    public string FieldPath { get; init; } = string.Empty;

    public required string Message { get; init; }

    /// <summary>"HTTPRoute/default/web" when the object's identity could be read.</summary>
    public string? Resource { get; init; }

    /// <summary>
    /// Why a file was not read at all (<c>NotUtf8</c>, <c>Oversized</c>, <c>SymbolicLink</c>, <c>Submodule</c>);
    /// null when it was read and failed to load.
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>Events written before warnings were recorded have no severity: they were all errors.</summary>
    public RejectionSeverity Severity { get; init; } = RejectionSeverity.Error;
}
