using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>
/// How deep the admin API's JSON may nest. System.Text.Json stops at 64 levels by default, but a stored manifest
/// may itself nest as deep as the loader accepts (64 levels), and an answer wraps it in levels of its own (a list,
/// the resource view): without this headroom such a resource turned every listing that carries it into a 500.
/// </summary>
internal static class AnswerDepth
{
    /// <summary>The loader's limit plus room for the answer around a manifest.</summary>
    public static int Max { get; } = ManifestLoaderOptions.Default.MaxDepth + 64;
}
