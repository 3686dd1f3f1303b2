using System.Globalization;
using BenchmarkDotNet.Running;
using GitOpsGateway.Benchmarks.Audit;
using GitOpsGateway.Benchmarks.Ingestion;
using GitOpsGateway.Benchmarks.Node;
using GitOpsGateway.Benchmarks.PushToServed;
using GitOpsGateway.Benchmarks.Soak;

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

// `node` runs the data-plane node against plain YARP with wrk (docs/benchmarks.md); `fixed-backend` and
// `yarp-baseline` are the child processes it starts, `--port N [--routes N --backend-port N]`.
if (args is ["node", .. var nodeArguments])
{
    if (!NodeOptions.TryParse(nodeArguments, out var nodeOptions, out var nodeError))
    {
        await Console.Error.WriteLineAsync(nodeError);
        await Console.Error.WriteLineAsync(NodeOptions.Usage);
        return 2;
    }

    return await new NodeBenchmark(nodeOptions, Console.Out).RunAsync(CancellationToken.None);
}

// `push-to-served [--pushes N]`: git push → served by two nodes through the webhook, with the steps in between.
if (args is ["push-to-served", .. var pushArguments])
{
    var pushes = pushArguments is ["--pushes", var count] && int.TryParse(count, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed : 20;
    return await new PushToServedBenchmark(pushes, Console.Out).RunAsync(CancellationToken.None);
}

// `soak`: load with faults (swaps every few seconds, a node restart, a database outage) for 30 minutes.
if (args is ["soak", .. var soakArguments])
{
    if (!SoakOptions.TryParse(soakArguments, out var soakOptions, out var soakError))
    {
        await Console.Error.WriteLineAsync(soakError);
        await Console.Error.WriteLineAsync(SoakOptions.Usage);
        return 2;
    }

    return await new SoakBenchmark(soakOptions, Console.Out).RunAsync(CancellationToken.None);
}

if (args is ["fixed-backend", "--port", var backendPort])
{
    await FixedBodyBackend.RunAsync(int.Parse(backendPort, CultureInfo.InvariantCulture), CancellationToken.None);
    return 0;
}

if (args is ["yarp-baseline", "--port", var yarpPort, "--routes", var yarpRoutes, "--backend-port", var yarpBackend])
{
    await PlainYarpProxy.RunAsync(
        int.Parse(yarpPort, CultureInfo.InvariantCulture), int.Parse(yarpRoutes, CultureInfo.InvariantCulture), int.Parse(yarpBackend, CultureInfo.InvariantCulture), CancellationToken.None);
    return 0;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
