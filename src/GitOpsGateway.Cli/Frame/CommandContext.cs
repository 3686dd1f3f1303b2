using System.CommandLine;
using GitOpsGateway.Cli.Configuration;
using GitOpsGateway.Cli.Output;
using GitOpsGateway.Cli.Output.JsonPath;

namespace GitOpsGateway.Cli.Frame;

/// <summary>What a running command gets: its parsed arguments, the global options, stdout/stderr and the environment.</summary>
internal sealed class CommandContext(ParseResult parse, GlobalOptions globals, CliEnvironment environment)
{
    public ParseResult Parse { get; } = parse;

    public CliEnvironment Environment { get; } = environment;

    public TextWriter Out => Parse.InvocationConfiguration.Output;

    public TextWriter Error => Parse.InvocationConfiguration.Error;

    public OutputFormat Format => Parse.GetValue(globals.Output) ?? OutputFormat.Table;

    public T? Value<T>(Option<T> option) => Parse.GetValue(option);

    public T? Value<T>(Argument<T> argument) => Parse.GetValue(argument);

    /// <summary>Server and token after flag &gt; environment &gt; config file; resolved on demand, so offline commands never read the config file.</summary>
    public ConnectionSettings ResolveConnection() =>
        ConnectionSettingsResolver.Resolve(Parse.GetValue(globals.Server), Parse.GetValue(globals.Token), Environment);

    /// <summary><see cref="ResolveConnection"/>, with a stored login renewed first when it has expired.</summary>
    public Task<ConnectionSettings> ResolveConnectionAsync(CancellationToken cancellationToken) =>
        Login.LoginRefresh.EnsureFreshAsync(ResolveConnection(), Environment, cancellationToken);

    /// <exception cref="CliException">A jsonpath template that cannot be applied to this output.</exception>
    public void Print(CommandOutput output)
    {
        try
        {
            OutputPrinter.Print(Out, output, Format);
        }
        catch (JsonPathException exception)
        {
            throw new CliException($"-o jsonpath: {exception.Message}", exception);
        }
    }
}
