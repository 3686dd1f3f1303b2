using GitOpsGateway.GatewayApi;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.Translation.Gateways;
using GitOpsGateway.Translation.Policy;
using GitOpsGateway.Translation.Routes;

namespace GitOpsGateway.Translation.Pipeline;

/// <summary>What the stages share: the input, the verdicts so far and what each stage has built.</summary>
internal sealed class TranslationContext
{
    public TranslationContext(ResourceSet resources, TranslatorOptions options)
    {
        Resources = resources;
        Options = options;
        Validation = ValidationReport.Of(resources);
        Grants = new ReferenceGrantPolicy(resources, Validation);
        Namespaces = new NamespaceLabels(resources, Validation);
    }

    public ResourceSet Resources { get; }

    public TranslatorOptions Options { get; }

    public DiagnosticSink Diagnostics { get; } = new();

    public ValidationReport Validation { get; }

    public ReferenceGrantPolicy Grants { get; }

    public NamespaceLabels Namespaces { get; }

    /// <summary>GatewayClasses of our controller, by name.</summary>
    public Dictionary<string, ClassContext> Classes { get; } = new(StringComparer.Ordinal);

    /// <summary>Gateways of our classes, in key order.</summary>
    public List<GatewayContext> Gateways { get; } = [];

    /// <summary>Routes with at least one parentRef to a Gateway of ours, in key order.</summary>
    public List<RouteContext> Routes { get; } = [];

    /// <summary>Every cluster a backend resolved to, by id; equal ids always carry equal content.</summary>
    public Dictionary<string, Cluster> Clusters { get; } = new(StringComparer.Ordinal);

    public GatewayContext? FindGateway(string @namespace, string name) =>
        Gateways.Find(gateway => gateway.Key.Namespace == @namespace && gateway.Key.Name == name);
}
