using System.Runtime.InteropServices;
using GitOpsGateway.DevMode;
using GitOpsGateway.Host.CommandLine;

namespace GitOpsGateway.Host.DevCommand;

/// <summary>
/// <c>gitops-gateway dev</c>: starts a <see cref="DevSession"/>, prints the <see cref="DevBanner"/> once the node
/// serves, and on Ctrl-C (or SIGTERM) stops everything and deletes what the run created.
/// </summary>
internal static class DevRun
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    /// <returns>
    /// 0 after Ctrl-C, 1 when dev mode could not start, 2 for invalid arguments, 70 when the control plane or the
    /// node stopped by itself (a background service faulted: ADR 0013).
    /// </returns>
    public static async Task<int> RunAsync(string[] args)
    {
        DevSettings settings;
        try
        {
            settings = DevSettingsReader.Read(args, Environment.CurrentDirectory);
        }
        catch (CommandLineException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, stop));
        using var loggerFactory = LoggerFactory.Create(logging => HostLogging.UseSingleLineConsole(logging));
        var logger = loggerFactory.CreateLogger(typeof(DevRun));
        var session = new DevSession(settings, loggerFactory);
        try
        {
            await session.StartAsync(stop.Token);
            if (await session.WaitUntilServingAsync(ReadyTimeout, stop.Token))
            {
                await Console.Out.WriteAsync(DevBanner.Build(session));
            }
            else
            {
                HostLog.DevNotReady(logger, (int)ReadyTimeout.TotalSeconds);
            }

            return await session.WaitForUnexpectedStopAsync(stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return 0;
        }
        catch (DevModeException exception)
        {
            await Console.Error.WriteLineAsync("dev mode could not start: " + exception.Message);
            return 1;
        }
        finally
        {
            await session.DisposeAsync();
            await Console.Out.WriteLineAsync("Dev mode stopped" + (session.KeepsRoot ? $"; data kept in {session.Root}." : " and deleted its temporary files."));
        }
    }

    private static void Stop(PosixSignalContext context, CancellationTokenSource stop)
    {
        context.Cancel = true;
        stop.Cancel();
    }
}
