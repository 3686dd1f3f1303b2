using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Gateways;

/// <summary>
/// Stage 2: every Gateway of an accepted-or-not class of ours becomes a <see cref="GatewayContext"/> with its
/// listeners judged: schema errors, protocol support, conflicts, route kinds, certificates, TLS overlaps.
/// Gateways of other controllers' classes are left alone.
/// </summary>
internal static class GatewayStage
{
    public static void Run(TranslationContext context)
    {
        foreach (var gateway in context.Resources.Gateways)
        {
            var className = gateway.Spec.GatewayClassName;
            if (!context.Classes.TryGetValue(className, out var gatewayClass))
            {
                if (context.Resources.FindGatewayClass(className) is null)
                {
                    context.Diagnostics.Warning(
                        gateway, "spec.gatewayClassName", $"GatewayClass {className} does not exist, so no controller serves this Gateway.");
                }

                continue;
            }

            var gatewayContext = new GatewayContext(gateway, gatewayClass);
            context.Gateways.Add(gatewayContext);
            try
            {
                Build(context, gatewayContext);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                gatewayContext.Problems.Add(new Problem(ConditionReasons.Invalid, $"Internal compiler error: {exception.Message}"));
                context.Diagnostics.Error(gateway, string.Empty, $"Internal compiler error while translating this Gateway: {exception}");
            }
        }
    }

    private static void Build(TranslationContext context, GatewayContext gateway)
    {
        GatewayProblems.Collect(context, gateway);
        var listeners = gateway.Gateway.Spec.Listeners;
        for (var i = 0; i < listeners.Count; i++)
        {
            var listener = new ListenerContext(gateway, i, listeners[i]);
            gateway.Listeners.Add(listener);
            ListenerChecks.Apply(context, listener);
        }

        ListenerConflicts.Detect(gateway);
        foreach (var listener in gateway.Listeners.Where(listener => listener.IsAccepted))
        {
            CertificateResolver.Resolve(context, listener);
        }

        TlsOverlap.Detect(gateway);
    }
}
