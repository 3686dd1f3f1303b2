namespace GitOpsGateway.FaultInjection.Tests.Support;

/// <summary>
/// How hard the suite pushes: the default fits the CI budget (the 35 s database outage once, the hostile corpus in
/// batches); <c>GITOPS_GATEWAY_FAULTS=full</c> holds outages for minutes, kills more often and commits every hostile
/// input on its own.
/// </summary>
internal static class FaultSuiteMode
{
    public const string Variable = "GITOPS_GATEWAY_FAULTS";

    public const string SeedVariable = "GITOPS_GATEWAY_FAULTS_SEED";

    public static bool Full { get; } = string.Equals(Environment.GetEnvironmentVariable(Variable), "full", StringComparison.OrdinalIgnoreCase);

    /// <summary>The outage while nodes are connected: at least 35 s (longer than the feed's keep-alives and retries).</summary>
    public static TimeSpan LongOutage => Full ? TimeSpan.FromMinutes(3) : TimeSpan.FromSeconds(35);

    /// <summary>Outages during one ingestion or one rollback.</summary>
    public static TimeSpan ShortOutage => Full ? TimeSpan.FromSeconds(40) : TimeSpan.FromSeconds(5);

    /// <summary>How long the Git remote stays away once its absence is visible.</summary>
    public static TimeSpan RemoteAway => Full ? TimeSpan.FromMinutes(2) : TimeSpan.FromSeconds(3);

    public static int KillRounds => Full ? 16 : 4;

    /// <summary>The seed of every random choice of a run: <c>GITOPS_GATEWAY_FAULTS_SEED</c> replays one.</summary>
    public static int Seed(ITestOutputHelper? output)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out var given) ? given : Random.Shared.Next();
        var line = $"fault-injection seed {seed} (replay with {SeedVariable}={seed})";
        output?.WriteLine(line);
        Console.WriteLine(line);
        return seed;
    }
}
