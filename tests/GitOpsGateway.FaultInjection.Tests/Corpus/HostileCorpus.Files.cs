using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GitOpsGateway.Testing.Manifests;

namespace GitOpsGateway.FaultInjection.Tests.Corpus;

/// <summary>What a repository's files themselves can do: links, hostile paths, Secrets as kubectl exports them, broken edits.</summary>
internal static partial class HostileCorpus
{
    /// <summary>The file of the valid route (relative to the source folder) that ordinary edits replace.</summary>
    public const string RouteFile = "route.yaml";

    /// <summary>
    /// The revision the valid route carries while the ordinary edits run (the cluster's first): edits that are valid
    /// rewrites of the route (a byte order mark, CRLF line endings) declare the same header, so they keep serving it.
    /// </summary>
    public const int RouteRevision = 1;

    /// <summary>The private key put in the Secrets below: no answer of the admin API may contain it.</summary>
    public static string SecretKeyBase64 { get; } = Convert.ToBase64String(Encoding.ASCII.GetBytes(CreateKeyPem()));

    private static IEnumerable<HostileInput> Links()
    {
        const string Class = "links";
        const string Here = $"{Folder}/{Class}/";
        yield return Linked(Class, "symlink-to-etc-passwd", new HostileLink(Here + "symlink-to-etc-passwd.yaml", "/etc/passwd"));
        yield return Linked(Class, "symlink-relative-outside", new HostileLink(Here + "symlink-relative-outside.yaml", "../../../../../../../../etc/hostname"));
        yield return Linked(Class, "symlink-to-proc-environ", new HostileLink(Here + "symlink-to-proc-environ.yaml", "/proc/self/environ"));
        yield return Linked(Class, "symlink-to-dev-zero", new HostileLink(Here + "symlink-to-dev-zero.yaml", "/dev/zero"));
        yield return Linked(Class, "symlink-to-git-config", new HostileLink(Here + "symlink-to-git-config.yaml", "../../../.git/config"));
        yield return Linked(Class, "symlink-to-own-folder", new HostileLink(Here + "symlink-to-own-folder", "."));
        yield return Linked(Class, "symlink-to-folder-outside", new HostileLink(Here + "symlink-to-folder-outside", "/etc"));
        yield return Linked(Class, "symlink-loop", new HostileLink(Here + "symlink-loop-a.yaml", "symlink-loop-b.yaml"), new HostileLink(Here + "symlink-loop-b.yaml", "symlink-loop-a.yaml"));
        yield return Linked(Class, "symlink-self", new HostileLink(Here + "symlink-self.yaml", "symlink-self.yaml"));
        yield return Linked(Class, "symlink-dangling", new HostileLink(Here + "symlink-dangling.yaml", "does-not-exist.yaml"));
        yield return Linked(Class, "symlink-to-valid-route", new HostileLink(Here + "symlink-to-valid-route.yaml", "../../" + RouteFile));
        yield return Linked(Class, "hardlink-to-valid-route", new HostileLink(Here + "hardlink-to-valid-route.yaml", RouteFile, Hard: true));
    }

    private static IEnumerable<HostileInput> HostilePaths()
    {
        const string Class = "hostile-paths";
        string[] paths =
        [
            new string('p', 250) + ".yaml",
            new string('q', 200) + ".yaml",
            string.Join('/', Enumerable.Repeat("d", 60)) + "/deep-folders.yaml",
            "a folder/with spaces.yaml",
            "percent%2Fslash.yaml",
            "back\\slash.yaml",
            "new\nline.yaml",
            "tab\tname.yaml",
            "-leading-dash.yaml",
            "a..b.yaml",
            "dots...yaml",
            "UPPER-CASE.YAML",
            "unicode-\u00e9\u4e2d\u6587.yaml",
            "colon:name.yaml",
            "glob*?[x].yaml",
            "yaml-in-a.json",
            "short-extension.yml",
            "quote'\"name.yaml",
            "dollar-$(echo pwned).yaml",
        ];
        for (var index = 0; index < paths.Length; index++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"hostile-path-{index:00}");
            yield return AddedAt(Class, name, paths[index], Route(name));
        }
    }

    private static IEnumerable<HostileInput> Secrets()
    {
        const string Class = "secrets";
        var key = SecretKeyBase64;
        var certificate = Convert.ToBase64String(Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE-----\nnot a real certificate\n-----END CERTIFICATE-----\n"));
        var lastApplied = $$"""{"apiVersion":"v1","data":{"tls.crt":"{{certificate}}","tls.key":"{{key}}"},"kind":"Secret","metadata":{"annotations":{},"name":"kubectl-export","namespace":"shop"},"type":"kubernetes.io/tls"}""";
        yield return Added(Class, "kubectl-export-with-last-applied", $"""
            apiVersion: v1
            data:
              tls.crt: {certificate}
              tls.key: {key}
            kind: Secret
            metadata:
              annotations:
                kubectl.kubernetes.io/last-applied-configuration: |
                  {lastApplied}
              creationTimestamp: "2024-01-02T03:04:05Z"
              name: kubectl-export
              namespace: shop
              resourceVersion: "123456"
              uid: 0b9f3c1e-0000-4000-8000-000000000001
            type: kubernetes.io/tls

            """);
        yield return Added(Class, "kubectl-export-as-json", Bytes(
            "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"type\":\"kubernetes.io/tls\",\"metadata\":{\"name\":\"kubectl-json\",\"namespace\":\"shop\",\"annotations\":{\"kubectl.kubernetes.io/last-applied-configuration\":" + System.Text.Json.JsonSerializer.Serialize(lastApplied) + "}},\"data\":{\"tls.crt\":\"" + certificate + "\",\"tls.key\":\"" + key + "\"}}\n"), ".json");
        yield return Added(Class, "managed-fields", $"apiVersion: v1\nkind: Secret\nmetadata:\n  name: managed-fields\n  namespace: shop\n  managedFields:\n  - manager: kubectl\n    operation: Update\n    fieldsV1: {{f:data: {{f:tls.key: {{}}}}}}\ntype: kubernetes.io/tls\ndata:\n  tls.crt: {certificate}\n  tls.key: {key}\n");
        yield return Added(Class, "string-data", $"apiVersion: v1\nkind: Secret\nmetadata: {{name: string-data, namespace: shop}}\ntype: Opaque\nstringData:\n  password: {key}\n");
        yield return Added(Class, "invalid-base64", "apiVersion: v1\nkind: Secret\nmetadata: {name: invalid-base64, namespace: shop}\ntype: kubernetes.io/tls\ndata:\n  tls.crt: '!!!not base64!!!'\n  tls.key: '@@@'\n");
        yield return Added(Class, "huge-data", "apiVersion: v1\nkind: Secret\nmetadata: {name: huge-data, namespace: shop}\ntype: Opaque\ndata:\n  blob: " + Convert.ToBase64String(new byte[1_500_000]) + "\n");
        yield return Added(Class, "tls-without-key", $"apiVersion: v1\nkind: Secret\nmetadata: {{name: tls-without-key, namespace: shop}}\ntype: kubernetes.io/tls\ndata:\n  tls.crt: {certificate}\n");
        yield return Added(Class, "unknown-type", $"apiVersion: v1\nkind: Secret\nmetadata: {{name: unknown-type, namespace: shop}}\ntype: example.com/strange\ndata:\n  tls.key: {key}\n");
    }

    private static IEnumerable<HostileInput> OrdinaryEdits()
    {
        const string Class = "ordinary-edits";
        var route = ShopManifests.RevisionRoute(Support.FaultCluster.RevisionHeader, RouteRevision);
        byte[] bom = [0xEF, 0xBB, 0xBF];
        (string Name, byte[] Bytes)[] edits =
        [
            ("malformed-yaml", Encoding.UTF8.GetBytes(ShopManifests.Malformed)),
            ("empty-file", []),
            ("only-a-comment", Encoding.UTF8.GetBytes("# the route moved elsewhere\n")),
            ("truncated-half", Encoding.UTF8.GetBytes(route[..(route.Length / 2)])),
            ("tab-indented", Encoding.UTF8.GetBytes(route.Replace("\n  ", "\n\t", StringComparison.Ordinal))),
            ("invalid-utf8", Bytes(route[..30], new byte[] { 0xFF, 0xC3, 0x28 }, route[30..])),
            ("nul-bytes", Bytes(route[..30], new byte[] { 0, 0, 0 }, route[30..])),
            ("utf16-with-bom", Bytes(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes(route))),
            ("utf8-bom", Bytes(bom, route)),
            ("crlf-line-endings", Encoding.UTF8.GetBytes(route.Replace("\n", "\r\n", StringComparison.Ordinal))),
            ("bom-mid-file", Bytes(route, "---\n", bom, "# trailing\n")),
            ("valid-route-then-malformed-document", Encoding.UTF8.GetBytes(route + "\n---\n" + ShopManifests.Malformed)),
            ("valid-route-then-alias-bomb", Encoding.UTF8.GetBytes(route + "\n---\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 12).Select(level => $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(level == 1 ? "*a" : $"*a{level - 1}", 10))}]\n")))),
            ("duplicate-metadata-name", Encoding.UTF8.GetBytes(route.Replace("  name: web\n", "  name: web\n  name: web-2\n", StringComparison.Ordinal))),
            ("over-the-file-size-limit", Bytes(route, "\n# ", new string('x', 9_000_000), "\n")),
        ];
        // A file with no objects is a deliberate deletion, like deleting the file (as Argo CD and kubectl prune treat it).
        string[] deletions = ["empty-file", "only-a-comment"];
        foreach (var (name, bytes) in edits)
        {
            yield return new HostileInput(Class, name, HostileInputMode.ReplacesRoute, [new HostileFile(RouteFile, bytes)], []) { DeletesRoute = deletions.Contains(name) };
        }

        yield return new HostileInput(Class, "replaced-by-symlink-outside", HostileInputMode.ReplacesRoute, [], [new HostileLink(RouteFile, "/etc/passwd")]);
        yield return new HostileInput(Class, "replaced-by-dangling-symlink", HostileInputMode.ReplacesRoute, [], [new HostileLink(RouteFile, "route-moved.yaml")]);
    }

    private static string CreateKeyPem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }
}
