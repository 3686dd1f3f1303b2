using System.ComponentModel;
using System.Runtime.InteropServices;

namespace GitOpsGateway.Testing.Processes;

/// <summary>What <see cref="System.Diagnostics.Process"/> cannot do: send SIGINT (Ctrl-C) or SIGTERM and ask who we run as.</summary>
internal static partial class UnixSignals
{
    private const int SignalInterrupt = 2;
    private const int SignalTerminate = 15;

    public static bool RunningAsRoot => GetEffectiveUserId() == 0;

    public static void Interrupt(int processId)
    {
        if (SendSignal(processId, SignalInterrupt) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"kill -INT {processId} failed.");
        }
    }

    public static void Terminate(int processId)
    {
        if (SendSignal(processId, SignalTerminate) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"kill -TERM {processId} failed.");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int processId, int signal);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();
}
