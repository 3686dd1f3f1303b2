namespace GitOpsGateway.Benchmarks.Ingestion;

/// <summary>
/// One run: the whole repository as a first commit, then a commit changing one route. Loading and compiling the
/// first commit's files are also timed alone, after the run, to show their share of its ingest step.
/// </summary>
internal sealed record RunResult(StepTimes Initial, StepTimes OneChange, TimeSpan LoadAlone, TimeSpan CompileAlone);
