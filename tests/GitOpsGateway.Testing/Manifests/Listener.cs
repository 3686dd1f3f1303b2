using System.Globalization;

namespace GitOpsGateway.Testing.Manifests;

/// <summary>One listener of a test Gateway; HTTPS listeners terminate TLS with one certificate Secret.</summary>
public sealed record Listener(string Name, int Port, string Protocol, string? Hostname = null, string? CertificateName = null)
{
    public static Listener Http(string name = "http", int port = 80) => new(name, port, "HTTP");

    public static Listener Https(string name, string hostname, string certificateName, int port = 443) =>
        new(name, port, "HTTPS", hostname, certificateName);

    /// <summary>The listener as an item of <c>spec.listeners</c>, indented for a Gateway at the top level.</summary>
    internal string ToYaml()
    {
        var lines = new List<string>
        {
            $"  - name: {Name}",
            string.Create(CultureInfo.InvariantCulture, $"    port: {Port}"),
            $"    protocol: {Protocol}",
        };
        if (Hostname is not null)
        {
            lines.Add($"    hostname: {Hostname}");
        }

        if (CertificateName is not null)
        {
            lines.AddRange(["    tls:", "      mode: Terminate", "      certificateRefs:", $"      - name: {CertificateName}"]);
        }

        return string.Join('\n', lines);
    }
}
