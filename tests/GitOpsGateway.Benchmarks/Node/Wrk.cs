using System.Globalization;
using System.Text.RegularExpressions;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Benchmarks.Node;

/// <summary>
/// Runs wrk (Debian package <c>wrk</c>) with a script from <c>bench/</c> (<c>hosts.lua</c> for the synthetic routes)
/// against one proxy and parses its summary. wrk runs on <see cref="CpuPinning.LoadCpu"/>, beside the backend, so the
/// proxy under test has a core of its own.
/// </summary>
internal sealed partial class Wrk(WrkSettings settings)
{
    public Task<WrkResult> RunAsync(int port, int firstRoute, int routeCount, TimeSpan duration, CancellationToken cancellationToken) =>
        RunScriptAsync("hosts.lua", port, [Text(firstRoute), Text(routeCount)], duration, cancellationToken);

    /// <summary>Runs wrk with the script <c>bench/<paramref name="script"/></c> and the arguments it takes after <c>--</c>.</summary>
    public async Task<WrkResult> RunScriptAsync(string script, int port, IEnumerable<string> scriptArguments, TimeSpan duration, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            "wrk",
            "-t", Text(settings.Threads),
            "-c", Text(settings.Connections),
            "-d", Text((int)Math.Ceiling(duration.TotalSeconds)) + "s",
            "--latency",
            "-s", Path.Combine(RepositoryRoot.Find(), "bench", script),
            $"http://127.0.0.1:{Text(port)}",
            "--", .. scriptArguments,
        ];
        await using var process = ProjectProcess.Start(CpuPinning.Command, CpuPinning.Arguments(CpuPinning.LoadCpu, arguments));
        var exitCode = await process.WaitForExitAsync(duration + TimeSpan.FromSeconds(30), cancellationToken);
        var output = process.Output;
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"wrk exited with {exitCode}:\n{output}");
        }

        return Parse(output);
    }

    public static WrkResult Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var socketErrors = SocketErrors().Match(output) is { Success: true } errors
            ? Enumerable.Range(1, 4).Sum(group => long.Parse(errors.Groups[group].Value, CultureInfo.InvariantCulture))
            : 0;
        return new WrkResult(
            RequestsPerSecond: double.Parse(Required(RequestsPerSecond(), output), CultureInfo.InvariantCulture),
            P50Milliseconds: Milliseconds(Percentile50().Match(output), output),
            P99Milliseconds: Milliseconds(Percentile99().Match(output), output),
            Requests: long.Parse(Required(Requests(), output), CultureInfo.InvariantCulture),
            Non2xx: Non2xx().Match(output) is { Success: true } non2xx ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            SocketErrors: socketErrors)
        {
            SocketErrorDetail = SocketErrors().Match(output) is { Success: true } detail ? detail.Value : null,
        };
    }

    private static string Required(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } match ? match.Groups[1].Value : throw new FormatException($"No /{pattern}/ in wrk's output:\n{output}");

    private static double Milliseconds(Match match, string output)
    {
        if (!match.Success)
        {
            throw new FormatException($"No latency percentile in wrk's output:\n{output}");
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            "s" => value * 1000,
            "m" => value * 60_000,
            var unit => throw new FormatException($"Unknown wrk time unit {unit}."),
        };
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+50%\s+([0-9.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex Percentile50();

    [GeneratedRegex(@"^\s+99%\s+([0-9.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex Percentile99();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
