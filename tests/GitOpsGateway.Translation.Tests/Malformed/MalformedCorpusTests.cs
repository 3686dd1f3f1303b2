using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.Translation.Tests.Malformed;

/// <summary>
/// Broken input never throws out of the loader or the compiler; its problem is reported with a file and line
/// (the header's <c># expect:</c> text appears in a located diagnostic), and the valid route sharing the file is
/// still accepted and served.
/// </summary>
public sealed class MalformedCorpusTests
{
    [Theory]
    [ClassData(typeof(MalformedCases))]
    public void Broken_input_is_reported_with_its_location_and_spares_the_valid_route(string name)
    {
        var malformed = MalformedCase.Read(name);
        var bytes = File.ReadAllBytes(malformed.Path);
        var text = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes);

        var loaded = ManifestLoader.Default.Load(new ManifestFile("malformed/" + name, text));
        var result = Translator.Translate(loaded.Resources);

        var located = loaded.Diagnostics.Select(diagnostic => (diagnostic.ToString(), diagnostic.Location))
            .Concat(result.Diagnostics.Select(diagnostic => (diagnostic.ToString(), diagnostic.Location)))
            .Where(entry => entry.Location.File.Length > 0 && entry.Location.Line > 0)
            .Select(entry => entry.Item1)
            .ToList();
        Assert.True(
            located.Any(diagnostic => diagnostic.Contains(malformed.Expect, StringComparison.OrdinalIgnoreCase)),
            $"No located diagnostic mentions '{malformed.Expect}'. Diagnostics:\n{string.Join("\n", located)}\nConditions:\n{string.Join("\n", Conditions(result))}");

        if (malformed.ValidRoute is { } valid)
        {
            var key = Golden.StatusAssertions.Key(valid);
            Assert.True(result.Routes.TryGetValue(key, out var status), $"{valid} has no status.");
            Assert.Contains(status.Parents, parent => parent.Conditions.Any(condition => condition.Type == ConditionTypes.Accepted && condition.IsTrue));
            Assert.True(Served(result, key.Namespace, key.Name), $"{valid} is not in any route table.");
        }
    }

    private static bool Served(TranslationResult result, string @namespace, string name) =>
        result.Tables
            .SelectMany(table => table.HttpPorts)
            .SelectMany(port => port.Listeners)
            .SelectMany(listener => listener.VirtualHosts)
            .SelectMany(host => host.Rules)
            .Any(rule => rule.Provenance.Kind == RouteKind.HTTPRoute && rule.Provenance.Namespace == @namespace && rule.Provenance.Name == name);

    private static IEnumerable<string> Conditions(TranslationResult result) =>
        result.Gateways.SelectMany(gateway => gateway.Value.Conditions.Concat(gateway.Value.Listeners.SelectMany(listener => listener.Conditions)))
            .Concat(result.Routes.SelectMany(route => route.Value.Parents.SelectMany(parent => parent.Conditions)))
            .Concat(result.GatewayClasses.SelectMany(gatewayClass => gatewayClass.Value.Conditions))
            .Select(condition => $"{condition.Type}={condition.Status} {condition.Reason}: {condition.Message}");
}
