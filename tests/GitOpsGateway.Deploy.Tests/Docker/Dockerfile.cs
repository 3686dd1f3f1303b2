using System.Text.Json;
using System.Text.RegularExpressions;
using GitOpsGateway.Deploy.Tests.Assets;

namespace GitOpsGateway.Deploy.Tests.Docker;

/// <summary>deploy/docker/Dockerfile, read for the facts the tests check.</summary>
internal sealed partial record Dockerfile(IReadOnlyList<DockerfileInstruction> Instructions)
{
    public static Dockerfile Load() => new(DockerfileInstruction.Load(DeployFolder.Dockerfile));

    /// <summary>The instructions of the last stage: what the image runs.</summary>
    public IReadOnlyList<DockerfileInstruction> RuntimeStage =>
        [.. Instructions.Skip(Instructions.Select((instruction, index) => (instruction, index)).Last(pair => pair.instruction.Keyword == "FROM").index)];

    /// <summary>Each <c>dotnet publish</c> the build stage runs, as its arguments after <c>dotnet</c> (<c>publish PROJECT ...</c>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> PublishCommands =>
        [.. Instructions
            .Where(instruction => instruction.Keyword == "RUN")
            .SelectMany(instruction => instruction.Arguments.Split("&&"))
            .Where(command => command.Contains("dotnet publish", StringComparison.Ordinal))
            .Select(command => command[command.IndexOf("dotnet publish", StringComparison.Ordinal)..].Trim())
            .Select(command => (IReadOnlyList<string>)command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList())];

    /// <summary>The runtime stage's WORKDIR: where the processes start.</summary>
    public string WorkingDirectory => RuntimeStage.Last(instruction => instruction.Keyword == "WORKDIR").Arguments;

    public string? User => RuntimeStage.LastOrDefault(instruction => instruction.Keyword == "USER")?.Arguments;

    /// <summary>The exec-form ENTRYPOINT of the image; null when it is missing or in shell form.</summary>
    public IReadOnlyList<string>? Entrypoint =>
        RuntimeStage.LastOrDefault(instruction => instruction.Keyword == "ENTRYPOINT") is { } entrypoint && entrypoint.Arguments.StartsWith('[')
            ? JsonSerializer.Deserialize<List<string>>(entrypoint.Arguments)
            : null;

    /// <summary>Sources copied from the build context (not from another stage), as <c>(source, target)</c>.</summary>
    public IEnumerable<(string Source, string Target)> ContextCopies =>
        Instructions
            .Where(instruction => instruction.Keyword == "COPY" && !instruction.Arguments.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(instruction =>
            {
                var parts = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(part => !part.StartsWith("--", StringComparison.Ordinal)).ToList();
                return parts.SkipLast(1).Select(source => (source, parts[^1]));
            });

    /// <summary>The runtime stage's <c>ENV NAME=value</c> pairs (quotes removed, <c>${...}</c> left as written).</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        RuntimeStage
            .Where(instruction => instruction.Keyword == "ENV")
            .SelectMany(instruction => EnvironmentPair().Matches(instruction.Arguments))
            .ToDictionary(match => match.Groups["name"].Value, match => match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["bare"].Value, StringComparer.Ordinal);

    [GeneratedRegex(@"(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?:""(?<quoted>[^""]*)""|(?<bare>\S*))")]
    private static partial Regex EnvironmentPair();
}
