using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GitOpsGateway.DataPlane.Tests.Support;

/// <summary>
/// One HTTP/1.1 exchange over a plain socket, for assertions about field lines as they are on the wire:
/// HttpClient would hide whether a header came as one line or several.
/// </summary>
internal static class RawHttp
{
    /// <param name="headerLines">Lines such as <c>X-A: 1</c>, sent in this order (repeat a name to send it twice).</param>
    /// <returns>The response's header lines, in the order received, without the status line.</returns>
    public static async Task<IReadOnlyList<string>> GetHeaderLinesAsync(int port, string path, params string[] headerLines)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port, cancellation);
        await using var stream = tcp.GetStream();
        var head = new StringBuilder($"GET {path} HTTP/1.1\r\nHost: raw.example.com\r\nConnection: close\r\n");
        foreach (var line in headerLines)
        {
            head.Append(line).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), cancellation);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var response = await reader.ReadToEndAsync(cancellation);
        var endOfHead = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(endOfHead > 0, $"no complete response head in: {response}");
        return response[..endOfHead].Split("\r\n").Skip(1).ToList();
    }

    /// <summary>The lines of one header, matched case-insensitively, each as <c>name: value</c> with the name lower-cased.</summary>
    public static IReadOnlyList<string> Named(this IReadOnlyList<string> lines, string name) =>
        lines.Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            .Select(line => name.ToLowerInvariant() + ":" + line[(name.Length + 1)..])
            .ToList();
}
