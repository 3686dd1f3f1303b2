using System.Globalization;

namespace GitOpsGateway.Testing.Processes;

/// <summary>
/// The ports the operating system picks from for a port-0 bind and for the local end of an outgoing connection.
/// A port inside it can be taken by any socket at any moment, so ports reserved for later use lie outside it.
/// </summary>
internal readonly record struct EphemeralPortRange(int First, int Last)
{
    /// <summary>Windows' and macOS's default, and the fallback when the system does not say.</summary>
    private static readonly EphemeralPortRange IanaDynamic = new(49152, 65535);

    public bool Contains(int port) => port >= First && port <= Last;

    /// <summary>Linux publishes its range in procfs; other systems default to the IANA dynamic range.</summary>
    public static EphemeralPortRange OfThisMachine()
    {
        const string LinuxSetting = "/proc/sys/net/ipv4/ip_local_port_range";
        if (!File.Exists(LinuxSetting))
        {
            return IanaDynamic;
        }

        var parts = File.ReadAllText(LinuxSetting).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            ? new EphemeralPortRange(first, last)
            : IanaDynamic;
    }
}
