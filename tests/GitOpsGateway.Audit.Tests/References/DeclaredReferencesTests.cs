using GitOpsGateway.Audit.References;
using GitOpsGateway.Audit.Resources;

namespace GitOpsGateway.Audit.Tests.References;

public sealed class DeclaredReferencesTests
{
    [Fact]
    public void an_httproute_declares_hostnames_paths_and_service_backends_with_the_gateway_api_defaults()
    {
        const string manifest = """
            {"kind":"HTTPRoute","spec":{"hostnames":["Shop.Example.com"],"rules":[
              {"backendRefs":[{"name":"web","port":8080}]},
              {"matches":[{"path":{"value":"/api"}},{"path":{"type":"Exact","value":"/api"}},{"headers":[]}],
               "backendRefs":[{"name":"api","namespace":"backend","port":9090,"weight":3},{"kind":"Bucket","group":"storage.example.com","name":"b"}],
               "filters":[{"type":"RequestMirror","requestMirror":{"backendRef":{"name":"mirror","port":80}}}]}]}}
            """;

        var facts = DeclaredReferences.From(ResourceRef.Parse("HTTPRoute/shop/web"), manifest);

        Assert.Equal(
            [
                "Backend backend/api [rule 1: port 9090 weight 3]",
                "Backend shop/web [rule 0: port 8080 weight 1]",
                "Hostname shop.example.com []",
                "Path / [rule 0: PathPrefix, rule 1: PathPrefix]",
                "Path /api [rule 1: Exact, rule 1: PathPrefix]",
            ],
            facts.Select(Text).Order(StringComparer.Ordinal));
        Assert.All(facts, fact => Assert.Equal(("HTTPRoute/shop/web", (string?)null), (fact.Route, fact.Gateway)));
    }

    [Fact]
    public void other_route_kinds_declare_no_paths_and_other_kinds_declare_nothing()
    {
        const string grpc = """{"spec":{"hostnames":["grpc.example.com"],"rules":[{"matches":[{"method":{"service":"s"}}],"backendRefs":[{"name":"g","port":50051}]}]}}""";
        const string tcp = """{"spec":{"rules":[{"backendRefs":[{"name":"db","port":5432,"weight":0}]}]}}""";

        Assert.Equal(
            ["Backend shop/g [rule 0: port 50051 weight 1]", "Hostname grpc.example.com []"],
            DeclaredReferences.From(ResourceRef.Parse("GRPCRoute/shop/g"), grpc).Select(Text).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["Backend shop/db [rule 0: port 5432 weight 0]"],
            DeclaredReferences.From(ResourceRef.Parse("TCPRoute/shop/db"), tcp).Select(Text));
        Assert.Empty(DeclaredReferences.From(ResourceRef.Parse("Service/shop/web"), """{"spec":{"hostnames":["x"]}}"""));
        Assert.Empty(DeclaredReferences.From(ResourceRef.Parse("HTTPRoute/shop/web"), null));
        Assert.Empty(DeclaredReferences.From(ResourceRef.Parse("HTTPRoute/shop/web"), """{"spec":"not an object"}"""));
    }

    private static string Text(ReferenceFact fact) => $"{fact.Dimension} {fact.Value} [{fact.Detail}]";
}
