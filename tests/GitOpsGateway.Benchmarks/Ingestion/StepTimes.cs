namespace GitOpsGateway.Benchmarks.Ingestion;

/// <summary>
/// Where one commit's way from the remote to a published version went: fetch, selecting and reading the commit's
/// files, and ingestion proper (load, diff, compile, append and commit the transaction).
/// </summary>
internal sealed record StepTimes(TimeSpan Fetch, TimeSpan Read, TimeSpan Ingest)
{
    public TimeSpan Total => Fetch + Read + Ingest;
}
