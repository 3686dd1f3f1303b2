using System.Diagnostics;
using System.Globalization;
using GitOpsGateway.Audit.Storage;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Host.CommandLine;
using GitOpsGateway.Host.Maintenance;
using Marten;
using Npgsql;

namespace GitOpsGateway.Host.RebuildCommand;

/// <summary>
/// <c>gitops-gateway rebuild-projections --database CONNSTRING [--timeout SECONDS]</c>: deletes and replays every
/// read model of the event store (<see cref="StoreRebuild"/>, ADR 0010). Nothing may append meanwhile, so it refuses
/// while a control plane leads a source of that database.
/// </summary>
internal static class RebuildProjectionsCommand
{
    public const int Rebuilt = 0;
    public const int Failed = 1;
    public const int UsageError = 64;

    private static readonly HashSet<string> Known = ["database", "timeout"];

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var problems = new List<string>();
        var flags = CommandFlags.Parse(arguments, Known, problems);
        var database = flags["database"];
        if (string.IsNullOrWhiteSpace(database))
        {
            problems.Add("--database CONNSTRING is required (the control plane's PostgreSQL connection string).");
        }

        var timeout = TimeSpan.FromMinutes(10);
        if (flags["timeout"] is { } text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
            {
                timeout = TimeSpan.FromSeconds(seconds);
            }
            else
            {
                problems.Add($"--timeout '{text}' is not a positive number of seconds.");
            }
        }

        if (problems.Count > 0)
        {
            await error.WriteLineAsync(string.Join(Environment.NewLine, problems));
            return UsageError;
        }

        try
        {
            if (await OfflineDatabase.RefuseWhileLeadAsync(
                    database!, "rebuild", "rebuild-projections", "events appended during a rebuild would be lost or applied twice", error, cancellationToken))
            {
                return OfflineDatabase.ControlPlaneRunning;
            }

            return await RebuildAsync(database!, timeout, output, cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or ArgumentException)
        {
            await error.WriteLineAsync($"Rebuild failed: {exception.Message}");
            return Failed;
        }
    }

    private static async Task<int> RebuildAsync(string database, TimeSpan timeout, TextWriter output, CancellationToken cancellationToken)
    {
        await using var store = OfflineDatabase.OpenStore(database);
        var statistics = await store.Advanced.FetchEventStoreStatistics(token: cancellationToken);
        var clock = Stopwatch.StartNew();
        await StoreRebuild.RebuildAllAsync(store, timeout, cancellationToken);
        clock.Stop();
        string[] projections = [.. EventProjections.All, .. AuditProjections.All];
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Rebuilt {projections.Length} projections ({string.Join(", ", projections)}) from {statistics.EventCount} events in {clock.Elapsed.TotalSeconds:0.0} s."));
        return Rebuilt;
    }
}
