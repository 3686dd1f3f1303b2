using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>Everything a soak run recorded, for <see cref="SoakReport"/>.</summary>
internal sealed record SoakResult
{
    public required SoakOptions Options { get; init; }

    public required DateTimeOffset StartedUtc { get; init; }

    public required TimeSpan Length { get; init; }

    public required string LoadAverageAtStart { get; init; }

    public required string LoadAverageAtEnd { get; init; }

    public TimeWindow? NodeRestart { get; init; }

    public string? NodeRestartOutcome { get; init; }

    public TimeWindow? DatabaseOutage { get; init; }

    /// <summary>Why the run stopped early (a process died), or null when it ran its full length.</summary>
    public string? Aborted { get; init; }

    /// <summary>The newest revision committed, and when the probe first saw it served (null: never).</summary>
    public required int LastRevision { get; init; }

    public required TimeSpan? LastRevisionServed { get; init; }

    public required IReadOnlyList<LoadSegment> Segments { get; init; }

    public required IReadOnlyList<TimeSpan> ProbeRequests { get; init; }

    public required IReadOnlyList<RequestFailure> ProbeFailures { get; init; }

    public required IReadOnlyList<(TimeSpan At, int Newest, int Served)> Regressions { get; init; }

    public required IReadOnlyList<PushRecord> Pushes { get; init; }

    /// <summary>Push end → first response carrying the revision (or a later one), per push that was served.</summary>
    public required IReadOnlyList<(PushRecord Push, TimeSpan Latency)> Served { get; init; }

    public required int VersionsIngested { get; init; }

    public required int VersionsApplied { get; init; }

    public required IReadOnlyList<ResourceSample> Samples { get; init; }

    public required IReadOnlyList<HeapSnapshot> HeapSnapshots { get; init; }

    /// <summary>Where the heap snapshots (<c>.gcdump</c>) and counter readings were kept, for a closer look after the run.</summary>
    public required string HeapFolder { get; init; }

    public required ProjectProcess ControlPlane { get; init; }
}
