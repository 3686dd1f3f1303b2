using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Gateways;

/// <summary>
/// Resolves a TLS-terminating listener's certificateRefs: core-group Secrets only, in the Gateway's namespace or
/// granted by a ReferenceGrant, of type kubernetes.io/tls with a certificate and key that load together.
/// </summary>
internal static class CertificateResolver
{
    public static void Resolve(TranslationContext context, ListenerContext listener)
    {
        if (!listener.TerminatesTls || listener.Spec.Tls is not { } tls)
        {
            return;
        }

        var gatewayNamespace = listener.Gateway.Key.Namespace;
        var certificates = new List<CertificateReference>();
        for (var i = 0; i < tls.CertificateRefs.Count; i++)
        {
            var reference = tls.CertificateRefs[i];
            var @namespace = reference.Namespace ?? gatewayNamespace;
            var problem = Check(context, reference, @namespace, gatewayNamespace, out var facts);
            if (problem is null)
            {
                certificates.Add(new CertificateReference { Secret = new NamespacedName { Namespace = @namespace, Name = reference.Name }, Facts = facts });
            }
            else
            {
                listener.RefProblems.Add(problem with { Message = $"tls.certificateRefs[{i}]: {problem.Message}" });
            }
        }

        if (tls.CertificateRefs.Count == 0 && !listener.HasCertificateProblem)
        {
            listener.RefProblems.Add(new Problem(
                ConditionReasons.InvalidCertificateRef, "tls.certificateRefs is empty; this controller terminates TLS only with a certificate Secret."));
        }

        listener.Certificates = listener.HasCertificateProblem ? [] : certificates;
    }

    private static Problem? Check(
        TranslationContext context,
        GatewayApi.References.SecretObjectReference reference,
        string @namespace,
        string gatewayNamespace,
        out CertificateFacts? facts)
    {
        facts = null;
        if (reference.Group.Length != 0 || !string.Equals(reference.Kind, "Secret", StringComparison.Ordinal))
        {
            var groupKind = reference.Group.Length == 0 ? reference.Kind : $"{reference.Kind}.{reference.Group}";
            return new Problem(ConditionReasons.InvalidCertificateRef, $"{groupKind} is not supported; certificateRefs must name core Secrets.");
        }

        if (!context.Grants.Allows(ResourceKind.Gateway, gatewayNamespace, ApiGroups.Core, "Secret", @namespace, reference.Name))
        {
            return new Problem(
                ConditionReasons.RefNotPermitted,
                $"Secret {@namespace}/{reference.Name} is in another namespace and no ReferenceGrant there allows Gateways from {gatewayNamespace} to use it.");
        }

        var secret = context.Resources.Find<Secret>(@namespace, reference.Name);
        if (secret is null)
        {
            return new Problem(ConditionReasons.InvalidCertificateRef, $"Secret {@namespace}/{reference.Name} does not exist.");
        }

        if (!context.Validation.IsValid(secret.Key))
        {
            return new Problem(ConditionReasons.InvalidCertificateRef, $"Secret {@namespace}/{reference.Name} is invalid.");
        }

        if (!string.Equals(secret.Type, SecretTypes.Tls, StringComparison.Ordinal))
        {
            return new Problem(
                ConditionReasons.InvalidCertificateRef, $"Secret {@namespace}/{reference.Name} has type {secret.Type}; it must be {SecretTypes.Tls}.");
        }

        var read = CertificateInspector.Read(secret, out var error);
        if (error is not null)
        {
            return new Problem(ConditionReasons.InvalidCertificateRef, error);
        }

        facts = read;
        return null;
    }
}
