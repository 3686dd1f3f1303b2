using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Translation;

namespace GitOpsGateway.Benchmarks.Synthetic;

/// <summary>
/// Loads and compiles a <see cref="SyntheticRepository"/> and checks that the inputs are what the benchmarks
/// claim: no load errors, every route accepted, one HTTP rule per route. A benchmark over silently rejected
/// routes would measure nothing.
/// </summary>
internal static class CompiledSynthetic
{
    public static ResourceSet Load(SyntheticRepository repository)
    {
        var loaded = ManifestLoader.Default.Load(repository.Files());
        if (loaded.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException($"The synthetic repository does not load cleanly: {loaded.Diagnostics[0]}");
        }

        if (loaded.Resources.Count != repository.ObjectCount)
        {
            throw new InvalidOperationException($"Loaded {loaded.Resources.Count} objects, expected {repository.ObjectCount}.");
        }

        return loaded.Resources;
    }

    public static RouteTable Table(SyntheticRepository repository)
    {
        var result = Translator.Translate(Load(repository));
        ThrowUnlessEveryRouteCompiled(result, repository);
        return result.Tables[0];
    }

    public static void ThrowUnlessEveryRouteCompiled(TranslationResult result, SyntheticRepository repository)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(repository);
        if (result.Tables.Count != 1)
        {
            throw new InvalidOperationException($"Expected one route table, got {result.Tables.Count}.");
        }

        var rules = result.Tables[0].HttpPorts.Sum(port => port.Listeners.Sum(listener => listener.VirtualHosts.Sum(host => host.Rules.Count)));
        var accepted = result.Routes.Values.Count(status => status.Parents.Count == 1 && status.Parents.All(IsAcceptedAndResolved));
        if (rules != repository.Routes || accepted != repository.Routes)
        {
            var first = result.Diagnostics.Count > 0 ? result.Diagnostics[0].ToString() : "no diagnostics";
            throw new InvalidOperationException(
                $"Expected {repository.Routes} accepted routes and rules, got {accepted} accepted and {rules} rules ({first}).");
        }
    }

    private static bool IsAcceptedAndResolved(RouteParentStatus parent) =>
        parent.Conditions.Count(condition =>
            condition.IsTrue && condition.Type is ConditionTypes.Accepted or ConditionTypes.ResolvedRefs) == 2;
}
