using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace GitOpsGateway.Translation.Tests;

/// <summary>YAML building blocks for tests that write their resources inline.</summary>
internal static class Manifests
{
    /// <summary>GatewayClass <c>ours</c> of this controller and a Gateway <c>infra/edge</c> with the given listeners.</summary>
    public static string Gateway(string listeners, string name = "edge", string gatewayClass = "ours") => $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata: {"{"}name: {gatewayClass}{"}"}
        spec: {"{"}controllerName: gitops-gateway.dev/gateway-controller{"}"}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {"{"}name: {name}, namespace: infra{"}"}
        spec:
          gatewayClassName: {gatewayClass}
          listeners:
        {Indent(listeners, 2)}
        """;

    public static string Service(string @namespace, string name, string ports = "[{name: http, port: 8080}]") => $"""
        apiVersion: v1
        kind: Service
        metadata: {"{"}name: {name}, namespace: {@namespace}{"}"}
        spec: {"{"}ports: {ports}{"}"}
        """;

    public static string Join(params string[] documents) => string.Join("\n---\n", documents);

    /// <summary>A kubernetes.io/tls Secret holding a fresh self-signed ECDSA certificate for <paramref name="dnsName"/>.</summary>
    public static (string Yaml, X509Certificate2 Certificate) TlsSecret(string @namespace, string name, string dnsName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={dnsName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(dnsName);
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var yaml = $"""
            apiVersion: v1
            kind: Secret
            metadata: {"{"}name: {name}, namespace: {@namespace}{"}"}
            type: kubernetes.io/tls
            data:
              tls.crt: {Base64(certificate.ExportCertificatePem())}
              tls.key: {Base64(key.ExportPkcs8PrivateKeyPem())}
            """;
        return (yaml, certificate);
    }

    private static string Base64(string pem) => Convert.ToBase64String(Encoding.UTF8.GetBytes(pem));

    private static string Indent(string text, int spaces) =>
        string.Join('\n', text.Split('\n').Select(line => new string(' ', spaces) + line));
}
