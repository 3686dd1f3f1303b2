using GitOpsGateway.GatewayApi;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Policy;

/// <summary>
/// The labels of a namespace as listener selectors see them: those of its Namespace manifest (none when the
/// repository has no valid manifest for it), plus <c>kubernetes.io/metadata.name</c>, which Kubernetes sets on
/// every namespace and which selectors commonly use.
/// </summary>
internal sealed class NamespaceLabels(ResourceSet resources, ValidationReport validation)
{
    public const string NameLabel = "kubernetes.io/metadata.name";

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> cache = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Of(string @namespace)
    {
        if (cache.TryGetValue(@namespace, out var known))
        {
            return known;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (resources.FindNamespace(@namespace) is { } manifest && validation.IsValid(manifest.Key))
        {
            foreach (var (key, value) in manifest.Metadata.Labels)
            {
                labels[key] = value;
            }
        }

        labels[NameLabel] = @namespace;
        cache[@namespace] = labels;
        return labels;
    }
}
