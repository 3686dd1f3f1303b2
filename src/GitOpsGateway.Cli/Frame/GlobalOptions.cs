using System.CommandLine;
using System.CommandLine.Parsing;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Frame;

/// <summary>Options every command accepts, wherever they appear on the command line.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Server { get; } = new("--server")
    {
        Description = "Admin API URL of the control plane (else $GGCTL_SERVER, else 'server' in the config file)",
        HelpName = "URL",
        Recursive = true,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "Bearer token for the admin API (else $GGCTL_TOKEN, else 'token' in the config file)",
        HelpName = "TOKEN",
        Recursive = true,
    };

    public Option<OutputFormat> Output { get; } = new("--output", "-o")
    {
        Description = $"Output format: {OutputFormat.Choices}",
        HelpName = "FORMAT",
        Recursive = true,
        DefaultValueFactory = _ => OutputFormat.Table,
        CustomParser = ParseOutputFormat,
    };

    public void AddTo(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Options.Add(Server);
        root.Options.Add(Token);
        root.Options.Add(Output);
    }

    private static OutputFormat ParseOutputFormat(ArgumentResult result)
    {
        try
        {
            return OutputFormat.Parse(result.Tokens[^1].Value);
        }
        catch (FormatException exception)
        {
            result.AddError(exception.Message);
            return OutputFormat.Table;
        }
    }
}
