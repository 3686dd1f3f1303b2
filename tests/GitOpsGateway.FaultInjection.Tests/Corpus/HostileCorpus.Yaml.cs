using System.Globalization;
using System.Text;

namespace GitOpsGateway.FaultInjection.Tests.Corpus;

/// <summary>Shapes of YAML: huge scalars, deep and wide documents, alias tricks, duplicate keys.</summary>
internal static partial class HostileCorpus
{
    private static IEnumerable<HostileInput> HugeScalars()
    {
        const string Class = "huge-scalars";
        foreach (var (label, size) in new[] { ("100k", 100_000), ("1m", 1_000_000), ("3m", 3_000_000), ("over-file-limit", 9_000_000) })
        {
            yield return Added(Class, $"huge-annotation-{label}", Route($"huge-annotation-{label}", extraMetadata: $"\n  annotations:\n    note: \"{new string('x', size)}\""));
        }

        yield return Added(Class, "huge-key-1m", Route("huge-key-1m", extraMetadata: $"\n  labels:\n    {new string('k', 1_000_000)}: v"));
        yield return Added(Class, "huge-hostname-100k", Route("huge-hostname-100k", host: new string('h', 100_000) + ".example.com"));
        yield return Added(Class, "huge-path-100k", Route("huge-path-100k", path: "/" + new string('p', 100_000)));
        yield return Added(Class, "huge-literal-block-1m", Route("huge-literal-block-1m", extraMetadata: "\n  annotations:\n    note: |\n" + Repeat("      line of a long literal block\n", 33_000)));
        yield return Added(Class, "huge-flow-sequence-1m", Route("huge-flow-sequence-1m", extraMetadata: "\n  annotations:\n    note: \"" + Repeat("ab", 500_000) + "\"\n  finalizers: [" + string.Join(',', Enumerable.Repeat("f", 200_000)) + "]"));
        yield return Added(Class, "huge-single-line-file-2m", new string('#', 2_000_000) + "\n" + Route("huge-single-line-file-2m"));
    }

    private static IEnumerable<HostileInput> DeepAndWide()
    {
        const string Class = "deep-and-wide";
        foreach (var depth in new[] { 50, 63, 64, 65, 100, 1_000, 100_000 })
        {
            yield return Added(Class, $"deep-flow-sequence-{depth}", Route($"deep-flow-sequence-{depth}", extraMetadata: $"\n  annotations: {{note: x}}\nextra: {new string('[', depth)}{new string(']', depth)}"));
        }

        yield return Added(Class, "deep-block-mapping-200", Route("deep-block-mapping-200") + "extra:\n" + string.Concat(Enumerable.Range(1, 200).Select(level => new string(' ', level) + "k:\n")) + new string(' ', 201) + "v\n");
        yield return Added(Class, "deep-flow-mapping-10000", Route("deep-flow-mapping-10000") + "extra: " + Repeat("{a: ", 10_000) + "1" + new string('}', 10_000) + "\n");
        yield return Added(Class, "deep-spec-rules-500", Route("deep-spec-rules-500") + "  " + Repeat("x: ", 500) + "1\n");
        yield return Added(Class, "wide-mapping-100k-keys", Route("wide-mapping-100k-keys", extraMetadata: "\n  labels:\n" + string.Concat(Enumerable.Range(0, 100_000).Select(index => string.Create(CultureInfo.InvariantCulture, $"    k{index}: v\n")))));
        yield return Added(Class, "wide-sequence-200k-items", Route("wide-sequence-200k-items", extraMetadata: "\n  finalizers:\n" + Repeat("  - f\n", 200_000)));
        yield return Added(Class, "wide-rules-5000", Route("wide-rules-5000") + Repeat("  - backendRefs: [{name: web, port: 8080}]\n", 5_000));
        yield return Added(Class, "wide-documents-20000", Repeat("---\n", 20_000) + Route("wide-documents-20000"));
    }

    private static IEnumerable<HostileInput> Aliases()
    {
        const string Class = "aliases";
        var scalar = new string('a', 1_000_000);
        foreach (var count in new[] { 10, 1_000, 100_000 })
        {
            yield return Added(Class, $"huge-anchor-aliased-{count}", Route($"huge-anchor-aliased-{count}", extraMetadata: $"\n  annotations:\n    a: &big \"{scalar}\"\n") + "extra: [" + string.Join(", ", Enumerable.Repeat("*big", count)) + "]\n");
        }

        foreach (var levels in new[] { 5, 9, 12 })
        {
            var laughs = new StringBuilder("extra:\n  l0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
            for (var level = 1; level <= levels; level++)
            {
                laughs.Append(CultureInfo.InvariantCulture, $"  l{level}: &l{level} [") .Append(string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))).Append("]\n");
            }

            yield return Added(Class, $"billion-laughs-{levels}-levels", Route($"billion-laughs-{levels}-levels") + laughs);
        }

        yield return Added(Class, "billion-laughs-in-spec", "x: &x [a, a, a, a, a, a, a, a, a, a]\n" + string.Concat(Enumerable.Range(1, 9).Select(level => $"x{level}: &x{level} [{string.Join(", ", Enumerable.Repeat(level == 1 ? "*x" : $"*x{level - 1}", 10))}]\n")) + "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: billion-laughs-in-spec, namespace: shop}\nspec:\n  parentRefs: [{name: edge}]\n  hostnames: *x9\n");
        yield return Added(Class, "recursive-alias", Route("recursive-alias") + "extra: &loop [a, *loop]\n");
        yield return Added(Class, "self-merge-key", Route("self-merge-key") + "extra: &m\n  <<: *m\n  a: 1\n");
        yield return Added(Class, "undefined-alias", Route("undefined-alias") + "extra: *nowhere\n");
        yield return Added(Class, "alias-as-key", Route("alias-as-key") + "extra:\n  k: &k name\n  *k : value\n");
        yield return Added(Class, "merge-key-bomb", "base: &b {" + string.Join(", ", Enumerable.Range(0, 1000).Select(index => $"k{index}: v")) + "}\n" + Route("merge-key-bomb") + "extra:\n" + string.Concat(Enumerable.Range(0, 1000).Select(index => $"  m{index}: {{<<: *b}}\n")));
        yield return Added(Class, "anchor-redefined", Route("anchor-redefined") + "extra:\n  a: &x one\n  b: &x two\n  c: *x\n");
        yield return Added(Class, "alias-replaces-metadata", "m: &meta {name: alias-replaces-metadata, namespace: shop}\n---\n" + Route("alias-replaces-metadata").Replace("metadata:\n  name: alias-replaces-metadata\n  namespace: shop", "metadata: *meta", StringComparison.Ordinal));
    }

    private static IEnumerable<HostileInput> DuplicateKeys()
    {
        const string Class = "duplicate-keys";
        yield return Added(Class, "kind-twice", Route("kind-twice").Replace("kind: HTTPRoute\n", "kind: HTTPRoute\nkind: Gateway\n", StringComparison.Ordinal));
        yield return Added(Class, "name-twice", Route("name-twice").Replace("  name: name-twice\n", "  name: name-twice\n  name: name-twice-again\n", StringComparison.Ordinal));
        yield return Added(Class, "spec-twice", Route("spec-twice") + "spec: {}\n");
        yield return Added(Class, "metadata-twice", Route("metadata-twice") + "metadata: {name: other, namespace: shop}\n");
        yield return Added(Class, "hostnames-twice", Route("hostnames-twice").Replace("  hostnames:", "  hostnames: [\"x.example.com\"]\n  hostnames:", StringComparison.Ordinal));
        yield return Added(Class, "same-object-twice-in-one-file", Route("same-object-twice-in-one-file") + "---\n" + Route("same-object-twice-in-one-file", path: "/other"));
        yield return new HostileInput(Class, "same-object-in-two-files", HostileInputMode.Added,
            [new HostileFile($"{Folder}/{Class}/same-object-in-two-files.yaml", Encoding.UTF8.GetBytes(Route("same-object-in-two-files"))), new HostileFile($"{Folder}/{Class}/same-object-in-two-files-copy.yaml", Encoding.UTF8.GetBytes(Route("same-object-in-two-files", path: "/copy")))], []);
        yield return Added(Class, "valid-route-redefined-later", "# The valid route again, later in file order: the first definition (the valid one) is kept.\n" + Route("web", host: "shop.example.com", path: "/hijacked"));
        yield return Added(Class, "duplicate-label-keys", Route("duplicate-label-keys", extraMetadata: "\n  labels:\n    team: a\n    team: b"));
        yield return Added(Class, "duplicate-keys-differing-in-case-and-quotes", Route("duplicate-keys-differing-in-case-and-quotes") + "\"spec\": {}\nSpec: {}\n");
    }
}
