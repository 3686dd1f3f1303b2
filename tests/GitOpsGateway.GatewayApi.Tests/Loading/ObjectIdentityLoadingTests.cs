using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.GatewayApi.Tests.Loading;

/// <summary>
/// Names, namespaces and labels are checked where metadata is read, as the Kubernetes API server checks them, at and
/// past their limits: a name that Kubernetes refuses never becomes an object (or a key, a file name, a URL segment).
/// </summary>
public sealed class ObjectIdentityLoadingTests
{
    public static TheoryData<string, string, string?> Names => new()
    {
        { "HTTPRoute", "web", null },
        { "HTTPRoute", "web.v2-a", null },
        { "HTTPRoute", new string('a', 253), null },
        { "HTTPRoute", new string('a', 254), "(254 characters) must be a DNS subdomain" },
        { "HTTPRoute", "../../etc/passwd", "may not contain '/'" },
        { "HTTPRoute", "a/b", "may not contain '/'" },
        { "HTTPRoute", "..", "may not be '..'" },
        { "HTTPRoute", ".", "may not be '.'" },
        { "HTTPRoute", "a%2Fb", "may not contain '%'" },
        { "HTTPRoute", "Web", "must be a DNS subdomain" },
        { "HTTPRoute", "-web", "must be a DNS subdomain" },
        { "HTTPRoute", "web-", "must be a DNS subdomain" },
        { "Gateway", "a..b", "must be a DNS subdomain" },
        { "Namespace", new string('n', 63), null },
        { "Namespace", new string('n', 64), "(64 characters) must be a DNS label" },
        { "Namespace", "team.a", "must be a DNS label" },
        { "Service", "web", null },
        { "Service", "1web", "starting with a letter" },
    };

    public static TheoryData<string, string?> Namespaces => new()
    {
        { "shop", null },
        { new string('s', 63), null },
        { new string('s', 64), "(64 characters) must be a DNS label" },
        { "../shop", "must be a DNS label" },
        { "Shop", "must be a DNS label" },
        { "a.b", "must be a DNS label" },
    };

    public static TheoryData<string, string, string?> Labels => new()
    {
        { "app", "web", null },
        { "app", string.Empty, null },
        { "example.com/team", "a_b.c-d", null },
        { new string('k', 63), "v", null },
        { new string('k', 64), "v", "(name of 64 characters)" },
        { new string('p', 253) + "/k", "v", null },
        { new string('p', 254) + "/k", "v", "(prefix of 254 characters)" },
        { "Example.com/team", "v", "must be an optional DNS subdomain" },
        { "a/b/c", "v", "must be an optional DNS subdomain" },
        { "/k", "v", "must be an optional DNS subdomain" },
        { "-app", "v", "must be an optional DNS subdomain" },
        { "app", new string('v', 63), null },
        { "app", new string('v', 64), "(64 characters) must be empty or up to 63" },
        { "app", "two words", "must be empty or up to 63" },
        { "app", "-web", "must be empty or up to 63" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void An_object_name_is_checked_as_the_api_server_checks_it(string kind, string name, string? fault)
    {
        var apiVersion = kind is "Namespace" or "Service" ? "v1" : "gateway.networking.k8s.io/v1";
        var result = Manifests.Load($"apiVersion: {apiVersion}\nkind: {kind}\nmetadata:\n  namespace: shop\n  name: \"{name}\"\nspec: {{}}\n");

        var nameErrors = result.Errors.Where(error => error.FieldPath == "metadata.name").ToList();
        if (fault is null)
        {
            Assert.Empty(nameErrors);
            Assert.Single(result.Resources.All);
            return;
        }

        var error = Assert.Single(nameErrors);
        Assert.Contains(fault, error.Message, StringComparison.Ordinal);
        Assert.Equal(("manifests.yaml", 5), (error.Location.File, error.Location.Line));
        Assert.Null(error.Resource);
        Assert.Empty(result.Resources.All);
    }

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void A_namespace_is_a_dns_label(string @namespace, string? fault)
    {
        var result = Manifests.Load($"apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: \"{@namespace}\"\nspec: {{ports: [{{port: 80}}]}}\n");

        var errors = result.Errors.Where(error => error.FieldPath == "metadata.namespace").ToList();
        if (fault is null)
        {
            Assert.Empty(errors);
            return;
        }

        var error = Assert.Single(errors);
        Assert.Contains(fault, error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.Location.Line);
        Assert.Empty(result.Resources.All);
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void A_label_key_and_value_are_checked_at_and_past_their_limits(string key, string value, string? fault)
    {
        var result = Manifests.Load($"apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\n  labels: {{\"{key}\": \"{value}\"}}\nspec: {{ports: [{{port: 80}}]}}\n");

        var errors = result.Errors.Where(error => error.FieldPath.StartsWith("metadata.labels", StringComparison.Ordinal)).ToList();
        if (fault is null)
        {
            Assert.Empty(errors);
            Assert.Equal(value, Assert.Single(result.Resources.All).Metadata.Labels[key]);
            return;
        }

        var error = Assert.Single(errors);
        Assert.Contains(fault, error.Message, StringComparison.Ordinal);
        Assert.Equal(6, error.Location.Line);
        Assert.Equal("Service/shop/web", error.Resource?.ToString());
        Assert.Empty(result.Resources.All);
    }

    [Fact]
    public void A_document_that_is_one_long_scalar_is_quoted_as_a_short_excerpt()
    {
        var result = Manifests.Load(new string('x', 100_000));

        var error = Assert.Single(result.Errors);
        Assert.True(error.Message.Length < 200, error.Message);
        Assert.Contains(new string('x', 63) + "…'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_value_has_its_control_characters_escaped()
    {
        var result = Manifests.Load("apiVersion: v1\nkind: Service\nmetadata:\n  name: \"web\\e[31m\\nred\"\n  namespace: shop\n");

        var error = Assert.Single(result.Errors);
        Assert.DoesNotContain('\u001b', error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("web\\u001B[31m\\nred", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("short", "short")]
    [InlineData("tab\there", "tab\\there")]
    public void An_excerpt_keeps_short_values_and_escapes_control_characters(string value, string expected) =>
        Assert.Equal(expected, Excerpt.Of(value));

    [Fact]
    public void An_excerpt_is_at_most_64_characters_with_an_ellipsis_where_it_was_cut()
    {
        Assert.Equal(new string('a', 64), Excerpt.Of(new string('a', 64)));
        Assert.Equal(new string('a', 63) + "…", Excerpt.Of(new string('a', 65)));
        var escaped = Excerpt.Of(new string('\u0001', 100));
        Assert.True(escaped.Length <= 64, escaped);
        Assert.EndsWith("\\u0001…", escaped, StringComparison.Ordinal);
    }
}
