using System.Text.Json.Nodes;
using GitOpsGateway.GatewayApi;

namespace GitOpsGateway.Cli.Validate;

/// <summary>
/// The <c>-o json|yaml</c> document: a Kubernetes <c>List</c> of every Gateway API object as the user wrote it (the
/// loader's canonical JSON: apiVersion, kind, metadata, spec), with <c>metadata.generation</c> (which the
/// conditions' observedGeneration refers to) and the <c>status</c> the compiler gave it. Objects no controller
/// of ours answers for (another controller's class, a ReferenceGrant) carry no status.
/// </summary>
internal static class StatusDocument
{
    public static JsonObject Build(ValidationReport report, string lastTransitionTime)
    {
        var status = new StatusJson(lastTransitionTime);
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "List",
            ["items"] = new JsonArray([.. report.GatewayApiObjects.Select(resource => Item(report, resource, status))]),
        };
    }

    private static JsonObject Item(ValidationReport report, KubernetesResource resource, StatusJson status)
    {
        if (!report.Load.Documents.TryGetValue(resource.Key, out var canonical))
        {
            throw new InvalidOperationException($"The loader kept {resource.Key} without its document.");
        }

        var written = JsonNode.Parse(canonical)!.AsObject();
        var item = new JsonObject();
        foreach (var (name, value) in written)
        {
            item[name] = name == "metadata" ? WithGeneration(value!.AsObject(), resource.Metadata.Generation) : value?.DeepClone();
        }

        if (Status(report, resource, status) is { } itemStatus)
        {
            item["status"] = itemStatus;
        }

        return item;
    }

    private static JsonObject WithGeneration(JsonObject metadata, long generation)
    {
        var members = metadata
            .Where(member => member.Key != "generation")
            .Select(member => (member.Key, Value: member.Value?.DeepClone()))
            .Append(("generation", JsonValue.Create(generation)))
            .OrderBy(member => member.Key, StringComparer.Ordinal);
        var result = new JsonObject();
        foreach (var (name, value) in members)
        {
            result[name] = value;
        }

        return result;
    }

    private static JsonObject? Status(ValidationReport report, KubernetesResource resource, StatusJson status)
    {
        var compiled = report.Compiled;
        return resource.Kind switch
        {
            ResourceKind.GatewayClass when compiled.GatewayClasses.TryGetValue(resource.Metadata.Name, out var classStatus) =>
                status.GatewayClass(classStatus),
            ResourceKind.Gateway when compiled.Gateways.TryGetValue(resource.Key, out var gatewayStatus) =>
                status.Gateway(gatewayStatus),
            _ when ResourceKinds.IsRoute(resource.Kind) && compiled.Routes.TryGetValue(resource.Key, out var routeStatus) =>
                status.Route(routeStatus, resource.Metadata.Namespace),
            _ => null,
        };
    }
}
