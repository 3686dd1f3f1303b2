using System.Text.RegularExpressions;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Deploy.Tests.HostSurface;

/// <summary>What the built <c>gitops-gateway</c> says about itself: its subcommands, and the flags <c>data-plane</c> accepts.</summary>
internal static partial class BuiltHost
{
    public const string ProjectName = "GitOpsGateway.Host";

    private static readonly Lazy<Task<string>> Help = new(() => RunAsync("--help"));
    private static readonly Lazy<Task<string>> DataPlaneRefusal = new(() => RunAsync("data-plane", "--no-such-flag", "x"));

    public static async Task<IReadOnlySet<string>> SubcommandsAsync()
    {
        var help = await Help.Value;
        return Subcommand().Matches(help).Select(match => match.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Read from the refusal of an unknown flag, which lists every known one.</summary>
    public static async Task<IReadOnlySet<string>> DataPlaneFlagsAsync()
    {
        var output = await DataPlaneRefusal.Value;
        var known = KnownFlags().Match(output);
        Assert.True(known.Success, $"data-plane did not list its flags:\n{output}");
        return known.Groups["flags"].Value.Split(", ").ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<string> RunAsync(params string[] arguments)
    {
        await using var process = ProjectProcess.StartProject(ProjectName, arguments);
        await process.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return process.Output;
    }

    [GeneratedRegex(@"^  (?<name>[a-z][a-z-]+)\s{2,}", RegexOptions.Multiline)]
    private static partial Regex Subcommand();

    [GeneratedRegex(@"known: (?<flags>--[a-z-]+(?:, --[a-z-]+)*)\.")]
    private static partial Regex KnownFlags();
}
