using System.Globalization;
using GitOpsGateway.Audit.Maintenance;
using GitOpsGateway.Host.CommandLine;
using GitOpsGateway.Host.Maintenance;
using Npgsql;

namespace GitOpsGateway.Host.MaskSecretCommand;

/// <summary>
/// <c>gitops-gateway mask-secret --database CONNSTRING --value-file FILE [--reason TEXT] [--actor NAME]</c>: masks a
/// leaked value in every stored event and document (<see cref="StoredLeakMasking"/>, ADR 0015). The value is read
/// from a file so it stays out of shell history and process listings; nothing this command prints contains it.
/// </summary>
internal static class MaskSecretCommand
{
    public const int Masked = 0;
    public const int Failed = 1;
    public const int UsageError = 64;

    private static readonly HashSet<string> Known = ["database", "value-file", "reason", "actor"];

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

        LeakedValue? value = null;
        if (flags["value-file"] is not { } file)
        {
            problems.Add("--value-file FILE is required: a file holding the leaked value (a trailing line break is ignored).");
        }
        else
        {
            try
            {
                value = LeakedValue.FromFileText(await File.ReadAllTextAsync(file, cancellationToken));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // The path is the operator's own; the message of a value that was refused never quotes it.
                problems.Add($"--value-file {file}: {exception.Message}");
            }
        }

        if (problems.Count > 0)
        {
            await error.WriteLineAsync(string.Join(Environment.NewLine, problems));
            return UsageError;
        }

        var reason = flags["reason"] ?? "secret leaked into history";
        var actor = flags["actor"] ?? Environment.UserName;
        try
        {
            if (await OfflineDatabase.RefuseWhileLeadAsync(
                    database!, "mask", "mask-secret", "its projections could write an unmasked copy back", error, cancellationToken))
            {
                return OfflineDatabase.ControlPlaneRunning;
            }

            await using var store = OfflineDatabase.OpenStore(database!);
            var masked = await StoredLeakMasking.MaskAsync(store, database!, [value!], actor, reason, cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Masked sha256:{value!.Sha256} in {masked.EventsRewritten} events and {masked.DocumentsRewritten} documents; journal entry {masked.CommandId} (GET /api/v1/journal)."));
            return Masked;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or ArgumentException)
        {
            await error.WriteLineAsync($"Masking failed: {exception.Message}");
            return Failed;
        }
    }
}
