using System.Diagnostics;
using System.Globalization;
using GitOpsGateway.Benchmarks.Synthetic;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;
using static GitOpsGateway.Benchmarks.Ingestion.TimingSummary;

namespace GitOpsGateway.Benchmarks.Ingestion;

/// <summary>
/// Times a commit of the whole synthetic repository, and a one-route change on top of it, from <c>git push</c>
/// to a published version with the real <c>GitSourceReader</c> and <c>CommitIngestor</c> against the test
/// harness's PostgreSQL. Prints each run, then the minimum and median (goal: under 5 s for the large commit).
/// </summary>
internal sealed class IngestionBenchmark(IngestionOptions options, TextWriter output)
{
    private static readonly TimeSpan Goal = TimeSpan.FromSeconds(5);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var repository = new SyntheticRepository(options.Routes, options.Services);
        output.WriteLine($"ingest: {repository.ObjectCount:N0} objects in {repository.Files().Count:N0} files, {options.Runs} runs; load average {LoadAverage()}");

        using var remote = await GitRemoteRepository.CreateAsync(cancellationToken);
        var setup = Stopwatch.StartNew();
        foreach (var file in repository.Files())
        {
            remote.WriteFile(file.Path, file.Text);
        }

        var baseSha = await remote.CommitAsync($"{repository.ObjectCount} objects", cancellationToken: cancellationToken);
        await remote.PushAsync(cancellationToken);
        var server = await PostgresServer.GetSharedAsync(cancellationToken);
        output.WriteLine($"setup (untimed): repository written, committed and pushed and PostgreSQL ({server.Kind}) up in {Milliseconds(setup.Elapsed)}");

        var results = new List<RunResult>();
        try
        {
            output.WriteLine("run | commit     | fetch   | read    | ingest   | total    | load alone | compile alone");
            for (var run = 1; run <= options.Runs; run++)
            {
                if (run > 1)
                {
                    // Back to the large commit alone, so each run starts from the same remote.
                    await remote.ResetHardAsync(baseSha, cancellationToken);
                    await remote.ForcePushAsync(cancellationToken);
                }

                var result = await new IngestionRun(remote, repository).MeasureAsync(cancellationToken);
                results.Add(result);
                output.WriteLine($"{run,3} | {Row("initial", result.Initial)} | {Milliseconds(result.LoadAlone),10} | {Milliseconds(result.CompileAlone),13}");
                output.WriteLine($"{run,3} | {Row("one change", result.OneChange)} |");
            }
        }
        finally
        {
            await PostgresServer.StopSharedAsync(CancellationToken.None);
        }

        WriteSummary(results);
        return 0;
    }

    private static string Row(string commit, StepTimes times) =>
        $"{commit,-10} | {Milliseconds(times.Fetch),7} | {Milliseconds(times.Read),7} | {Milliseconds(times.Ingest),8} | {Milliseconds(times.Total),8}";

    private void WriteSummary(List<RunResult> results)
    {
        var initial = results.Select(result => result.Initial.Total).ToList();
        var oneChange = results.Select(result => result.OneChange.Total).ToList();
        output.WriteLine($"initial commit, push to published version: min {Milliseconds(Min(initial))}, median {Milliseconds(Median(initial))} "
            + $"(goal < {Goal.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s: {(Median(initial) < Goal ? "met" : "NOT met")})");
        output.WriteLine($"  median steps: fetch {Milliseconds(Median(results.Select(result => result.Initial.Fetch)))}, "
            + $"read {Milliseconds(Median(results.Select(result => result.Initial.Read)))}, "
            + $"ingest {Milliseconds(Median(results.Select(result => result.Initial.Ingest)))} "
            + $"(load alone {Milliseconds(Median(results.Select(result => result.LoadAlone)))}, compile alone {Milliseconds(Median(results.Select(result => result.CompileAlone)))})");
        output.WriteLine($"one-route change, push to published version: min {Milliseconds(Min(oneChange))}, median {Milliseconds(Median(oneChange))}");
        output.WriteLine($"  median steps: fetch {Milliseconds(Median(results.Select(result => result.OneChange.Fetch)))}, "
            + $"read {Milliseconds(Median(results.Select(result => result.OneChange.Read)))}, "
            + $"ingest {Milliseconds(Median(results.Select(result => result.OneChange.Ingest)))}");
        output.WriteLine($"load average at the end: {LoadAverage()}");
    }
}
