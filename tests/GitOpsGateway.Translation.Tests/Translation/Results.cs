using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.Translation.Tests.Translation;

/// <summary>Short ways to reach into a <see cref="TranslationResult"/> from tests.</summary>
internal static class Results
{
    public static TranslationResult Translate(string yaml, TranslatorOptions? options = null) => Translator.Translate(TestData.Load(yaml), options);

    public static Condition Condition(this IEnumerable<Condition> conditions, string type) => conditions.Single(condition => condition.Type == type);

    public static GatewayStatus Gateway(this TranslationResult result, string name = "edge") =>
        result.Gateways[new ResourceKey(ResourceKind.Gateway, "infra", name)];

    public static ListenerStatus Listener(this TranslationResult result, string listener, string gateway = "edge") =>
        result.Gateway(gateway).Listeners.Single(status => status.Name == listener);

    public static RouteParentStatus Parent(this TranslationResult result, ResourceKind kind, string @namespace, string name, int index = 0) =>
        result.Routes[new ResourceKey(kind, @namespace, name)].Parents[index];

    public static RouteTable Table(this TranslationResult result, string gateway = "edge") => result.FindTable("infra", gateway)!;

    public static VirtualHost Host(this RouteTable table, string listener, string hostname) =>
        table.HttpPorts.SelectMany(port => port.Listeners).Single(routes => routes.ListenerName == listener)
            .VirtualHosts.Single(host => host.Hostname == hostname);

    public static void AssertCondition(this IEnumerable<Condition> conditions, string type, string status, string reason)
    {
        var condition = conditions.Condition(type);
        Assert.True(condition.Status == status && condition.Reason == reason, $"Expected {type}={status}/{reason}, found {condition.Status}/{condition.Reason}: {condition.Message}");
    }
}
