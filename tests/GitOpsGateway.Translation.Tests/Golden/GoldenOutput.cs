using System.Text.Json.Nodes;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.RouteTables.Serialization;
using GitOpsGateway.Translation.Tests.Requests;

namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>
/// The readable record of one case: diagnostics, the status of every object, the route tables and the decision
/// for each expected request. Reviewing its diff shows what a compiler change does.
/// </summary>
internal static class GoldenOutput
{
    public static string Render(string caseName, TranslationResult result, IEnumerable<(RequestExpectation Request, RequestOutcome Outcome)> decisions)
    {
        var document = new List<KeyValuePair<string, object?>>
        {
            new("hash", result.Hash),
            new("diagnostics", result.Diagnostics.Select(diagnostic => (object?)diagnostic.ToString()).ToList()),
        };
        document.AddRange(Statuses(result));
        document.Add(new("tables", result.Tables.Select(table => YamlWriter.FromJson(JsonNode.Parse(RouteTableSerializer.ToIndentedJson(table)))).ToList()));
        document.Add(new("requests", decisions.Select(decision => (object?)Decision(decision.Request, decision.Outcome)).ToList()));
        return $"# Generated from {caseName}.in.yaml by ConformanceGoldenTests; GITOPS_GATEWAY_UPDATE_GOLDEN=1 rewrites it.\n"
            + YamlWriter.Write(document).TrimStart('\n');
    }

    /// <summary>The status of every object, which must not depend on where or in what order objects were written.</summary>
    public static string RenderStatuses(TranslationResult result) => YamlWriter.Write(Statuses(result));

    private static List<KeyValuePair<string, object?>> Statuses(TranslationResult result) =>
    [
        new("gatewayClasses", result.GatewayClasses.Select(entry => Entry(entry.Key, Conditions(entry.Value.Conditions))).ToList()),
        new("gateways", result.Gateways.Select(entry => Entry(entry.Key.ToString(), Gateway(entry.Value))).ToList()),
        new("routes", result.Routes.Select(entry => Entry(entry.Key.ToString(), Parents(entry.Value))).ToList()),
    ];

    private static object? Entry(string key, object? value) => new List<KeyValuePair<string, object?>> { new(key, value) };

    private static object? Gateway(GatewayStatus status) => new List<KeyValuePair<string, object?>>
    {
        new("conditions", Conditions(status.Conditions)),
        new("listeners", status.Listeners.Select(listener => (object?)new List<KeyValuePair<string, object?>>
        {
            new("name", listener.Name),
            new("attachedRoutes", listener.AttachedRoutes),
            new("supportedKinds", listener.SupportedKinds.Select(kind => (object?)kind.ToString()).ToList()),
            new("conditions", Conditions(listener.Conditions)),
        }).ToList()),
    };

    private static object? Parents(RouteStatus status) => status.Parents.Select(parent => (object?)new List<KeyValuePair<string, object?>>
    {
        new("parentRef", parent.ParentRef.ToString()),
        new("conditions", Conditions(parent.Conditions)),
    }).ToList();

    private static List<object?> Conditions(IEnumerable<Condition> conditions) =>
    [
        .. conditions.Select(condition => (object?)$"{condition.Type}={condition.Status} {condition.Reason} (generation {condition.ObservedGeneration}): {condition.Message}"),
    ];

    private static object? Decision(RequestExpectation request, RequestOutcome outcome)
    {
        var fields = new List<KeyValuePair<string, object?>>
        {
            new("request", request.ToString()),
            new("decision", OutcomeAssertions.Describe(outcome)),
        };
        if (outcome.Action == "Forward" && request.Scheme != "tls")
        {
            fields.Add(new("path", outcome.Path));
            fields.Add(new("hostHeader", outcome.HostHeader));
            AddHeaders(fields, "requestHeaders", outcome.RequestHeaders);
            AddHeaders(fields, "responseHeaders", outcome.ResponseHeaders);
            if (outcome.Mirrors.Count > 0)
            {
                fields.Add(new("mirrors", outcome.Mirrors.Select(mirror => (object?)mirror).ToList()));
            }
        }

        return fields;
    }

    private static void AddHeaders(List<KeyValuePair<string, object?>> fields, string name, IReadOnlyDictionary<string, string> headers)
    {
        if (headers.Count > 0)
        {
            fields.Add(new(name, headers.OrderBy(header => header.Key, StringComparer.OrdinalIgnoreCase).Select(header => (object?)$"{header.Key}: {header.Value}").ToList()));
        }
    }
}
