namespace GitOpsGateway.Cli.Frame;

/// <summary>What ggctl reads from its surroundings besides arguments: environment variables, the home folder and the clock.</summary>
internal sealed class CliEnvironment(Func<string, string?> variables, string homeDirectory, TimeProvider clock)
{
    public string HomeDirectory { get; } = homeDirectory;

    public TimeProvider Clock { get; } = clock;

    public static CliEnvironment FromProcess() =>
        new(Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), TimeProvider.System);

    /// <summary>The variable's value; an empty value counts as unset.</summary>
    public string? Variable(string name) => variables(name) is { Length: > 0 } value ? value : null;
}
