using GitOpsGateway.GatewayApi;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Translation.Gateways;
using GitOpsGateway.Translation.Pipeline;
using GitOpsGateway.Translation.Routes;
using GitOpsGateway.Translation.Status;
using GitOpsGateway.Translation.Tables;

namespace GitOpsGateway.Translation;

/// <summary>
/// The compiler: a resource set in, route tables and Gateway API status out. Pure and deterministic: no I/O, no
/// clock, no randomness, and every collection is iterated in key order, so the same resources give the same
/// bytes. It never throws on bad input: an invalid object is reported in status and diagnostics and the valid
/// ones are compiled as if it were absent.
/// </summary>
/// <remarks>
/// Stages, each consuming what the previous ones built (<see cref="TranslationContext"/>): validation (the
/// CRD rules, in <c>GatewayApi</c>) → GatewayClasses → Gateways and listeners (conflicts, certificates through
/// ReferenceGrants) → routes (rules per kind, backends through ReferenceGrants, attachment per parentRef) →
/// tables → status.
/// </remarks>
public static class Translator
{
    public static TranslationResult Translate(ResourceSet resources, TranslatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var context = new TranslationContext(resources, options ?? TranslatorOptions.Default);
        context.Diagnostics.ReportValidation(resources, context.Validation);
        GatewayClassStage.Run(context);
        GatewayStage.Run(context);
        RouteStage.Run(context);
        var tables = TableStage.Run(context);
        var (classes, gateways, routes) = StatusStage.Run(context);
        return new TranslationResult
        {
            Tables = tables,
            GatewayClasses = classes,
            Gateways = gateways,
            Routes = routes,
            Diagnostics = context.Diagnostics.ToList(),
            Hash = RouteTableHash.Compute(tables),
        };
    }
}
