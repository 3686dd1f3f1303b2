using System.CommandLine;
using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Configuration;

/// <summary><c>ggctl config view</c>: which server and token ggctl would use, and where each came from; the token is never shown.</summary>
internal sealed class ConfigCommand : IGgctlCommand
{
    public const string Redacted = "REDACTED";

    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var view = new Command("view", "Show the resolved server, token (redacted) and config file, and where each came from.");
        host.SetAction(view, (context, _) =>
        {
            context.Print(Describe(context.ResolveConnection()));
            return Task.FromResult(ExitCodes.Success);
        });
        return new Command("config", "Show ggctl's own settings (precedence: flag > environment > config file).") { view };
    }

    internal static CommandOutput Describe(ConnectionSettings settings)
    {
        var token = settings.Token.IsSet ? settings.Token with { Value = Redacted } : settings.Token;
        var configFileSource = settings.ConfigFile.Provenance + (settings.ConfigFileFound ? string.Empty : ", not found");
        var table = new Table(
            [new TableColumn("Setting"), new TableColumn("Value"), new TableColumn("Source")],
            [
                ["server", settings.Server.Value ?? string.Empty, settings.Server.Provenance],
                ["token", token.Value ?? string.Empty, token.Provenance],
                ["config-file", settings.ConfigFile.Value ?? string.Empty, configFileSource],
            ]);
        var document = new JsonObject
        {
            ["server"] = Setting(settings.Server),
            ["token"] = Setting(token),
            ["configFile"] = new JsonObject
            {
                ["path"] = settings.ConfigFile.Value,
                ["source"] = settings.ConfigFile.SourceName,
                ["found"] = settings.ConfigFileFound,
            },
        };
        return new CommandOutput(table, document);
    }

    private static JsonObject Setting(ResolvedSetting setting)
    {
        var node = new JsonObject();
        if (setting.Value is { } value)
        {
            node["value"] = value;
        }

        node["source"] = setting.SourceName;
        if (setting.Origin.Length > 0)
        {
            node["origin"] = setting.Origin;
        }

        return node;
    }
}
