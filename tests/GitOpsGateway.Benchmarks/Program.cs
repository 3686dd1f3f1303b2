using BenchmarkDotNet.Running;
using GitOpsGateway.Benchmarks.Audit;
using GitOpsGateway.Benchmarks.Ingestion;

// `ingest` is a plain timing program (PostgreSQL and Git do not fit BenchmarkDotNet's many invocations);
// everything else goes to BenchmarkDotNet, e.g. `--filter '*Compile*'` or `--list flat`.
if (args is ["ingest", .. var ingestArguments])
{
    if (!IngestionOptions.TryParse(ingestArguments, out var options, out var error))
    {
        await Console.Error.WriteLineAsync(error);
        await Console.Error.WriteLineAsync(IngestionOptions.Usage);
        return 2;
    }

    using var cancellation = new CancellationTokenSource();
    Console.CancelKeyPress += (_, pressed) =>
    {
        pressed.Cancel = true;
        cancellation.Cancel();
    };
    return await new IngestionBenchmark(options, Console.Out).RunAsync(cancellation.Token);
}

// `audit` seeds a million events and times each audit query (docs/adr/0006-audit-read-models.md).
if (args is ["audit", .. var auditArguments])
{
    if (!AuditOptions.TryParse(auditArguments, out var auditOptions, out var auditError))
    {
        await Console.Error.WriteLineAsync(auditError);
        await Console.Error.WriteLineAsync(AuditOptions.Usage);
        return 2;
    }

    return await new AuditBenchmark(auditOptions, Console.Out).RunAsync(CancellationToken.None);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
