using System.Net;
using System.Net.Sockets;

namespace GitOpsGateway.Testing.Processes;

/// <summary>
/// Hands out TCP ports on 127.0.0.1 that are free now and that nothing else is expected to take before they are
/// used: never the same one twice on this machine while the process lives (a lock file per port, held until exit,
/// keeps two test processes apart), and never one from the system's ephemeral range. The last point matters: a
/// port handed out here is often bound only later (a data-plane node opens its listeners when a table arrives), and a
/// port from the ephemeral range could meanwhile become the port of any port-0 listener (an echo backend) or the
/// local end of any outgoing connection, after which the test talks to the wrong server.
/// </summary>
public static class FreePort
{
    /// <summary>Above the ports dev mode and well-known services use by default.</summary>
    private const int PreferredFirst = 20000;

    private static readonly Lock Gate = new();
    private static readonly HashSet<int> HandedOut = [];
    private static readonly List<FileStream> HeldLocks = [];
    private static readonly string LockDirectory = Path.Combine(Path.GetTempPath(), "gitops-gateway-test-ports");
    private static readonly int[] Candidates = CandidatePorts(EphemeralPortRange.OfThisMachine());
    private static int _next = Random.Shared.Next(Candidates.Length);

    public static int Next()
    {
        lock (Gate)
        {
            for (var tried = 0; tried < Candidates.Length; tried++)
            {
                var port = Candidates[_next];
                _next = (_next + 1) % Candidates.Length;
                if (!HandedOut.Contains(port) && TryLockAcrossProcesses(port) && IsBindable(port))
                {
                    HandedOut.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException("No free TCP port outside the ephemeral range is left on 127.0.0.1.");
    }

    /// <summary>Ports outside the ephemeral range, preferably from 20000 up to it.</summary>
    internal static int[] CandidatePorts(EphemeralPortRange ephemeral)
    {
        var preferred = Enumerable.Range(PreferredFirst, Math.Max(0, ephemeral.First - PreferredFirst)).ToArray();
        return preferred.Length >= 1000
            ? preferred
            : [.. Enumerable.Range(1024, 65535 - 1024 + 1).Where(port => !ephemeral.Contains(port))];
    }

    /// <summary>
    /// An exclusive lock on a file named after the port, kept open until the process exits (the system drops it
    /// then, even after a crash): another test process skips a port whose file it cannot lock.
    /// </summary>
    private static bool TryLockAcrossProcesses(int port)
    {
        try
        {
            Directory.CreateDirectory(LockDirectory);
            HeldLocks.Add(new FileStream(Path.Combine(LockDirectory, $"{port}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsBindable(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
