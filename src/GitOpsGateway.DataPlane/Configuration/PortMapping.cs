using System.Globalization;

namespace GitOpsGateway.DataPlane.Configuration;

/// <summary>
/// Which local port serves each Gateway listener port, e.g. <c>80=8080,443=8443</c>: an unprivileged node can
/// serve listeners declared on 80 and 443. A listener port without an entry is served on the same local port.
/// </summary>
public sealed record PortMapping
{
    private readonly Dictionary<int, int> _localByListener;
    private readonly Dictionary<int, int> _listenerByLocal;

    public PortMapping(IReadOnlyDictionary<int, int> localPortByListenerPort)
    {
        ArgumentNullException.ThrowIfNull(localPortByListenerPort);
        _localByListener = new Dictionary<int, int>(localPortByListenerPort);
        _listenerByLocal = [];
        foreach (var (listenerPort, localPort) in _localByListener)
        {
            CheckPort(listenerPort);
            CheckPort(localPort);
            if (!_listenerByLocal.TryAdd(localPort, listenerPort))
            {
                throw new ArgumentException($"Local port {localPort} is mapped from two listener ports.", nameof(localPortByListenerPort));
            }
        }
    }

    public static PortMapping Identity { get; } = new(new Dictionary<int, int>());

    public IReadOnlyDictionary<int, int> LocalPortByListenerPort => _localByListener;

    /// <summary>Parses <c>80=8080,443=8443</c>; an empty or blank text is the identity mapping.</summary>
    /// <exception cref="FormatException">An entry is not <c>PORT=PORT</c>.</exception>
    public static PortMapping Parse(string? text)
    {
        var pairs = new Dictionary<int, int>();
        foreach (var entry in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var listenerPort)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var localPort)
                || !pairs.TryAdd(listenerPort, localPort))
            {
                throw new FormatException($"'{entry}' is not LISTENER_PORT=LOCAL_PORT (or repeats a listener port).");
            }
        }

        return new PortMapping(pairs);
    }

    public int LocalPortFor(int listenerPort) => _localByListener.GetValueOrDefault(listenerPort, listenerPort);

    /// <summary>
    /// The listener port a local port serves. A local port that is itself a mapped listener port but not a mapping
    /// target serves nothing: -1.
    /// </summary>
    public int ListenerPortFor(int localPort) =>
        _listenerByLocal.TryGetValue(localPort, out var listenerPort) ? listenerPort
        : _localByListener.ContainsKey(localPort) ? -1
        : localPort;

    public override string ToString() =>
        string.Join(',', _localByListener.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}={pair.Value}"));

    private static void CheckPort(int port)
    {
        if (port is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(port), port, "A port is between 1 and 65535.");
        }
    }
}
