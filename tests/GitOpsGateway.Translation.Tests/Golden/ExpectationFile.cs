using YamlDotNet.RepresentationModel;

namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>A parsed <c>&lt;case&gt;.expect.yaml</c> (schema in testdata/README.md).</summary>
internal sealed record ExpectationFile(
    IReadOnlyList<ConditionExpectation> Conditions,
    IReadOnlyList<ListenerExpectation> Listeners,
    IReadOnlyList<AbsentParentExpectation> AbsentParents,
    IReadOnlyList<RequestExpectation> Requests)
{
    public static ExpectationFile Read(string path)
    {
        var root = Yaml.Root(File.ReadAllText(path));
        return new ExpectationFile(
            [.. root.Items("conditions").Select(Condition)],
            [.. root.Items("listeners").Select(node => new ListenerExpectation(
                node.Required("gateway"), node.Required("name"), node.Int("attachedRoutes"), node.Strings("supportedKinds")))],
            [.. root.Items("absentParents").Select(node => new AbsentParentExpectation(node.Required("object"), node.Required("parent")))],
            [.. root.Items("requests").Select(Request)]);
    }

    private static ConditionExpectation Condition(YamlMappingNode node) => new(
        node.Required("object"),
        node.String("parent"),
        node.String("sectionName"),
        node.String("listener"),
        node.Required("type"),
        node.Required("status"),
        node.String("reason"),
        node.Long("observedGeneration"));

    private static RequestExpectation Request(YamlMappingNode node) => new()
    {
        Gateway = node.Required("gateway"),
        Port = node.Int("port") ?? throw new InvalidDataException($"A request needs a port ({node.Start})."),
        Scheme = node.Required("scheme"),
        Sni = node.String("sni"),
        Host = node.String("host"),
        Method = node.String("method") ?? "GET",
        Path = node.String("path") ?? "/",
        Headers = node.Map("headers") ?? new Dictionary<string, string>(),
        Grpc = node.Bool("grpc"),
        Expect = Outcome(node.Mapping("expect") ?? throw new InvalidDataException($"A request needs an expect map ({node.Start}).")),
    };

    private static ExpectedOutcome Outcome(YamlMappingNode node) => new()
    {
        Backend = node.String("backend"),
        Backends = node.Map("backends"),
        Status = node.String("status"),
        Location = node.String("location"),
        Path = node.String("path"),
        HostHeader = node.String("hostHeader"),
        RequestHeaders = node.Map("requestHeaders"),
        AbsentRequestHeaders = node.Strings("absentRequestHeaders"),
        ResponseHeaders = node.Map("responseHeaders"),
        AbsentResponseHeaders = node.Strings("absentResponseHeaders"),
        Mirrors = node.Strings("mirrors"),
        RequestTimeout = node.String("requestTimeout"),
        BackendRequestTimeout = node.String("backendRequestTimeout"),
        BackendProtocol = node.String("backendProtocol"),
        GrpcStatus = node.String("grpcStatus"),
    };
}
