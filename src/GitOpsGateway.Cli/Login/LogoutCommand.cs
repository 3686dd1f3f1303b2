using System.CommandLine;
using GitOpsGateway.Cli.Configuration;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Login;

/// <summary><c>ggctl logout</c>: removes the stored token and login from the config file, keeping the server.</summary>
internal sealed class LogoutCommand : IGgctlCommand
{
    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var command = new Command("logout", "Forget the token and login stored in the config file (the server stays).");
        host.SetAction(command, async (context, _) =>
        {
            var path = ConnectionSettingsResolver.ConfigFilePath(context.Environment).Value!;
            var file = ConfigFileReader.Read(path, mustExist: false);
            if (!file.Token.IsSet && file.Login == LoginState.None)
            {
                await context.Out.WriteLineAsync($"No token is stored in {path}.");
                return ExitCodes.Success;
            }

            ConfigFileWriter.Write(path, file.Server.Value, token: null, LoginState.None);
            await context.Out.WriteLineAsync($"Removed the token from {path}.");
            if (context.Environment.Variable(ConnectionSettingsResolver.TokenVariable) is not null)
            {
                await context.Error.WriteLineAsync($"${ConnectionSettingsResolver.TokenVariable} is still set and still sends its token.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
