using System.Globalization;

namespace GitOpsGateway.FaultInjection.Tests.Corpus;

/// <summary>Objects the Gateway API or Kubernetes would refuse: names and labels, kinds, regular expressions, references.</summary>
internal static partial class HostileCorpus
{
    private static IEnumerable<HostileInput> NamesAndLabels()
    {
        const string Class = "names-and-labels";
        var label63 = new string('a', 63);
        (string Case, string Name)[] names =
        [
            ("name-253", "nn" + string.Join('.', Enumerable.Repeat(new string('a', 62), 4))),
            ("name-254", "n" + string.Join('.', Enumerable.Repeat(new string('a', 63), 4))[..253]),
            ("name-1000", new string('n', 1000)),
            ("name-dot-dot", "a..b"),
            ("name-dot-dot-alone", ".."),
            ("name-dot", "."),
            ("name-slash", "a/b"),
            ("name-percent", "a%b"),
            ("name-percent-2f", "a%2Fb"),
            ("name-uppercase", "UpperCase"),
            ("name-leading-dash", "-leading"),
            ("name-trailing-dash", "trailing-"),
            ("name-trailing-dot", "trailing."),
            ("name-space", "has space"),
            ("name-unicode", "caf\u00e9"),
            ("name-empty", ""),
            ("name-underscore", "under_score"),
            ("name-colon", "a:b"),
            ("name-number", "12345"),
        ];
        foreach (var (@case, name) in names)
        {
            yield return Added(Class, @case, Route(@case).Replace($"name: {@case}\n", $"name: \"{name}\"\n", StringComparison.Ordinal));
        }

        yield return Added(Class, "namespace-63", Route("namespace-63").Replace("namespace: shop", "namespace: " + label63, StringComparison.Ordinal));
        yield return Added(Class, "namespace-64", Route("namespace-64").Replace("namespace: shop", "namespace: " + label63 + "a", StringComparison.Ordinal));
        yield return Added(Class, "namespace-dot-dot", Route("namespace-dot-dot").Replace("namespace: shop", "namespace: \"..\"", StringComparison.Ordinal));
        yield return Added(Class, "namespace-slash", Route("namespace-slash").Replace("namespace: shop", "namespace: \"shop/../kube-system\"", StringComparison.Ordinal));
        yield return Added(Class, "hostname-label-63", Route("hostname-label-63", host: label63 + ".example.com"));
        yield return Added(Class, "hostname-label-64", Route("hostname-label-64", host: label63 + "a.example.com"));
        yield return Added(Class, "hostname-253", Route("hostname-253", host: string.Join('.', Enumerable.Repeat(label63, 4))[..253]));
        yield return Added(Class, "hostname-254", Route("hostname-254", host: string.Join('.', Enumerable.Repeat(label63, 4))[..250] + ".com"));
        yield return Added(Class, "hostname-uppercase-and-port", Route("hostname-uppercase-and-port", host: "Shop.Example.COM:8080"));
        yield return Added(Class, "label-value-64", Route("label-value-64", extraMetadata: $"\n  labels:\n    team: {label63}a"));
        yield return Added(Class, "label-key-prefix-254", Route("label-key-prefix-254", extraMetadata: $"\n  labels:\n    {string.Join('.', Enumerable.Repeat(label63, 4))[..254]}/k: v"));
        yield return Added(Class, "listener-name-long", "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: listener-name-long, namespace: shop}\nspec:\n  gatewayClassName: gitops\n  listeners:\n  - name: " + new string('l', 300) + "\n    port: 80\n    protocol: HTTP\n");
    }

    private static IEnumerable<HostileInput> KindsAndApiVersions()
    {
        const string Class = "kinds-and-api-versions";
        (string Case, string ApiVersion, string Kind)[] cases =
        [
            ("unknown-kind", "gateway.networking.k8s.io/v1", "HTTPRouteX"),
            ("empty-kind", "gateway.networking.k8s.io/v1", "\"\""),
            ("kind-as-list", "gateway.networking.k8s.io/v1", "[HTTPRoute]"),
            ("kind-as-number", "gateway.networking.k8s.io/v1", "42"),
            ("lowercase-kind", "gateway.networking.k8s.io/v1", "httproute"),
            ("future-api-version", "gateway.networking.k8s.io/v9", "HTTPRoute"),
            ("alpha-api-version", "gateway.networking.k8s.io/v1alpha1", "HTTPRoute"),
            ("wrong-group", "networking.k8s.io/v1", "HTTPRoute"),
            ("api-version-without-group", "v1", "HTTPRoute"),
            ("empty-api-version", "\"\"", "HTTPRoute"),
            ("ingress", "networking.k8s.io/v1", "Ingress"),
            ("deployment", "apps/v1", "Deployment"),
        ];
        foreach (var (@case, apiVersion, kind) in cases)
        {
            yield return Added(Class, @case, Route(@case).Replace("apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute", $"apiVersion: {apiVersion}\nkind: {kind}", StringComparison.Ordinal));
        }

        yield return Added(Class, "missing-kind-and-api-version", Route("missing-kind-and-api-version").Replace("apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n", string.Empty, StringComparison.Ordinal));
        yield return Added(Class, "kubernetes-list", "apiVersion: v1\nkind: List\nitems:\n- " + Route("kubernetes-list-item").Replace("\n", "\n  ", StringComparison.Ordinal));
        yield return Added(Class, "custom-resource-definition", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: httproutes.gateway.networking.k8s.io}\nspec: {group: gateway.networking.k8s.io}\n");
        yield return Added(Class, "scalar-document", "just a string\n");
    }

    private static IEnumerable<HostileInput> Regexes()
    {
        const string Class = "regexes";
        string[] patterns = ["(a+)+$", "([a-zA-Z]+)*$", "(a|aa)+$", "(.*a){20}", "^(\\\\w+\\\\s?)*$", "([", "*abc", "a{99999999}", "(?<=a)b", "(a)\\\\1", "", "\\\\", "[z-a]", "(?P<name>x)", new string('(', 200) + new string(')', 200)];
        for (var index = 0; index < patterns.Length; index++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"path-regex-{index:00}");
            yield return Added(Class, name, Route(name).Replace("{type: PathPrefix, value: \"/\"}", $"{{type: RegularExpression, value: \"{patterns[index]}\"}}", StringComparison.Ordinal));
        }

        yield return Added(Class, "header-regex-catastrophic", Route("header-regex-catastrophic", match: "\n      headers:\n      - {type: RegularExpression, name: x-test, value: \"(x+x+)+y\"}"));
        yield return Added(Class, "query-regex-invalid", Route("query-regex-invalid", match: "\n      queryParams:\n      - {type: RegularExpression, name: q, value: \"(?<\"}"));
        yield return Added(Class, "huge-regex-100k", Route("huge-regex-100k").Replace("{type: PathPrefix, value: \"/\"}", "{type: RegularExpression, value: \"" + Repeat("(a|b)", 20_000) + "\"}", StringComparison.Ordinal));
    }

    private static IEnumerable<HostileInput> DanglingReferences()
    {
        const string Class = "dangling-references";
        yield return Added(Class, "backend-service-missing", Route("backend-service-missing").Replace("- name: web\n", "- name: nowhere\n", StringComparison.Ordinal));
        yield return Added(Class, "parent-gateway-missing", Route("parent-gateway-missing").Replace("- name: edge\n", "- name: no-such-gateway\n", StringComparison.Ordinal));
        yield return Added(Class, "parent-section-missing", Route("parent-section-missing").Replace("- name: edge\n", "- name: edge\n    sectionName: no-such-listener\n", StringComparison.Ordinal));
        yield return Added(Class, "parent-port-missing", Route("parent-port-missing").Replace("- name: edge\n", "- name: edge\n    port: 9999\n", StringComparison.Ordinal));
        yield return Added(Class, "backend-other-namespace-without-grant", Route("backend-other-namespace-without-grant").Replace("- name: web\n", "- name: web\n      namespace: elsewhere\n", StringComparison.Ordinal));
        yield return Added(Class, "backend-unknown-kind", Route("backend-unknown-kind").Replace("- name: web\n", "- name: web\n      kind: Bucket\n      group: storage.example.com\n", StringComparison.Ordinal));
        yield return Added(Class, "backend-port-missing", Route("backend-port-missing").Replace("      port: 8080\n", string.Empty, StringComparison.Ordinal));
        yield return Added(Class, "backend-port-zero", Route("backend-port-zero").Replace("port: 8080", "port: 0", StringComparison.Ordinal));
        yield return Added(Class, "backend-port-70000", Route("backend-port-70000").Replace("port: 8080", "port: 70000", StringComparison.Ordinal));
        yield return Added(Class, "backend-weight-negative", Route("backend-weight-negative").Replace("port: 8080", "port: 8080\n      weight: -5", StringComparison.Ordinal));
        yield return Added(Class, "gateway-class-missing", "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gateway-class-missing, namespace: shop}\nspec:\n  gatewayClassName: no-such-class\n  listeners: [{name: http, port: 8081, protocol: HTTP}]\n");
        yield return Added(Class, "tls-secret-missing", "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: tls-secret-missing, namespace: shop}\nspec:\n  gatewayClassName: gitops\n  listeners:\n  - name: https\n    port: 8443\n    protocol: HTTPS\n    hostname: tls.example.com\n    tls: {mode: Terminate, certificateRefs: [{name: no-such-secret}]}\n");
        yield return Added(Class, "extension-filter-missing", Route("extension-filter-missing", match: "\n    filters:\n    - type: ExtensionRef\n      extensionRef: {group: example.com, kind: Filter, name: nowhere}").Replace("    filters:", "    filters:", StringComparison.Ordinal));
    }
}
