using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.DataPlane.Tls;

/// <summary>
/// Loads the certificates of a table's HTTPS listeners and TLS listeners in Terminate mode from the secret sources, off the request path. A listener
/// takes its first certificateRef that loads; one that loads none fails its handshakes and is reported. Loaded
/// key pairs are kept by content, so re-applying a table does not rebuild unchanged certificates.
/// </summary>
internal sealed class CertificateLoader(IReadOnlyList<ISecretSource> sources)
{
    private readonly Lock _gate = new();
    private Dictionary<string, SslStreamCertificateContext> _byContent = new(StringComparer.Ordinal);

    public ListenerCertificates Load(RouteTable table, List<string> errors)
    {
        var byListener = new Dictionary<string, SslStreamCertificateContext>(StringComparer.Ordinal);
        var used = new Dictionary<string, SslStreamCertificateContext>(StringComparer.Ordinal);
        foreach (var listener in table.Listeners)
        {
            if (listener is not { Protocol: ListenerProtocol.HTTPS or ListenerProtocol.TLS, Tls: { Mode: TlsMode.Terminate } tls })
            {
                continue;
            }

            var problems = new List<string>();
            foreach (var reference in tls.CertificateRefs)
            {
                if (TryLoad(reference.Secret, used, problems) is { } context)
                {
                    byListener[listener.Name] = context;
                    break;
                }
            }

            if (!byListener.ContainsKey(listener.Name))
            {
                errors.Add($"listeners[{listener.Name}]: no usable certificate ({(problems.Count == 0 ? "no certificateRefs" : string.Join("; ", problems))})");
            }
        }

        lock (_gate)
        {
            _byContent = used;
        }

        return byListener.Count == 0 ? ListenerCertificates.None : new ListenerCertificates(byListener);
    }

    private SslStreamCertificateContext? TryLoad(
        NamespacedName secret, Dictionary<string, SslStreamCertificateContext> used, List<string> problems)
    {
        TlsKeyPair? pair = null;
        try
        {
            pair = sources.Select(source => source.Find(secret)).FirstOrDefault(found => found is not null);
        }
        catch (IOException exception)
        {
            problems.Add($"secret {secret} could not be read: {exception.Message}");
            return null;
        }

        if (pair is null)
        {
            problems.Add($"secret {secret} not found");
            return null;
        }

        var key = ContentKey(pair);
        lock (_gate)
        {
            if (_byContent.TryGetValue(key, out var cached))
            {
                used[key] = cached;
                return cached;
            }
        }

        try
        {
            var context = Create(pair);
            used[key] = context;
            return context;
        }
        catch (CryptographicException exception)
        {
            problems.Add($"secret {secret} holds no usable key pair: {exception.Message}");
            return null;
        }
        catch (ArgumentException exception)
        {
            problems.Add($"secret {secret} holds no usable key pair: {exception.Message}");
            return null;
        }
    }

    private static SslStreamCertificateContext Create(TlsKeyPair pair)
    {
        var certificatePem = Encoding.ASCII.GetString(pair.CertificatePem.Span);
        var keyPem = Encoding.ASCII.GetString(pair.PrivateKeyPem.Span);
        using var leaf = X509Certificate2.CreateFromPem(certificatePem, keyPem);

        // A PKCS#12 round trip gives a persisted key that every TLS backend of the platform accepts.
        var usable = X509CertificateLoader.LoadPkcs12(leaf.Export(X509ContentType.Pkcs12), password: null);
        var chain = new X509Certificate2Collection();
        chain.ImportFromPem(certificatePem);
        var intermediates = new X509Certificate2Collection();
        foreach (var certificate in chain.Skip(1))
        {
            intermediates.Add(certificate);
        }

        return SslStreamCertificateContext.Create(usable, intermediates, offline: true);
    }

    private static string ContentKey(TlsKeyPair pair)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(pair.CertificatePem.Span);
        hash.AppendData([0]);
        hash.AppendData(pair.PrivateKeyPem.Span);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
