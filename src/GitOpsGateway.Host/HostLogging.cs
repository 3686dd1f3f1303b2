namespace GitOpsGateway.Host;

/// <summary>One console line per event, as the control plane logs.</summary>
internal static class HostLogging
{
    public static ILoggingBuilder UseSingleLineConsole(ILoggingBuilder logging) =>
        logging.ClearProviders().AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss.fff ";
        });
}
