namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>A stretch of the run (a fault's window), from its start to its end in <see cref="SoakClock"/> time.</summary>
internal sealed record TimeWindow(TimeSpan Start, TimeSpan End)
{
    public bool Contains(TimeSpan at) => at >= Start && at <= End;

    public bool Overlaps(TimeSpan start, TimeSpan end) => start <= End && end >= Start;

    public override string ToString() => $"{SoakClock.Format(Start)}–{SoakClock.Format(End)} ({(End - Start).TotalSeconds:F1} s)";
}
