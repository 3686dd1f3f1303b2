using GitOpsGateway.Translation.Gateways;

namespace GitOpsGateway.Translation.Routes;

/// <summary>A route attached to a listener, serving these hostnames there (sorted; <c>*</c> for any).</summary>
internal sealed record ListenerAttachment(ListenerContext Listener, IReadOnlyList<string> Hostnames);
