using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.Translation;

namespace GitOpsGateway.Cli.Validate;

/// <summary>
/// What validating one folder found: the loader's result (objects, canonical documents, diagnostics) and the
/// compiler's (statuses, diagnostics). <paramref name="DisplayRoot"/> is the folder as the user named it, put in
/// front of the folder-relative paths in diagnostics so they can be opened from where ggctl ran.
/// </summary>
internal sealed record ValidationReport(string DisplayRoot, LoadResult Load, TranslationResult Compiled, TranslatorOptions Options)
{
    /// <summary>The Gateway API objects (GatewayClass, Gateway, the five route kinds, ReferenceGrant), sorted by key.</summary>
    public IEnumerable<KubernetesResource> GatewayApiObjects =>
        Load.Resources.All.Where(resource => ResourceKinds.Group(resource.Kind) == ApiGroups.GatewayNetworking);

    /// <summary>Every diagnostic, the loader's first, each located by a path the user can open from where ggctl ran.</summary>
    public IEnumerable<(bool IsError, string Text)> Diagnostics =>
        Load.Diagnostics
            .Select(diagnostic => (diagnostic.Severity == DiagnosticSeverity.Error, (diagnostic with { Location = Relocated(diagnostic.Location) }).ToString()))
            .Concat(Compiled.Diagnostics.Select(diagnostic =>
                (diagnostic.Severity == DiagnosticSeverity.Error, (diagnostic with { Location = Relocated(diagnostic.Location) }).ToString())));

    public SourceLocation Relocated(SourceLocation location) =>
        location.File.Length == 0 ? location : location with { File = DisplayFile(location.File) };

    private string DisplayFile(string relativeFile) =>
        DisplayRoot is "." or "./" ? relativeFile : Path.Join(DisplayRoot, relativeFile);
}
