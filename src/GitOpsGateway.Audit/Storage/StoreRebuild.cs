using GitOpsGateway.Events.Storage;
using Marten;

namespace GitOpsGateway.Audit.Storage;

/// <summary>Every read model of a store rebuilt from its events: the event model's first, then the audit's (ADR 0010).</summary>
public static class StoreRebuild
{
    /// <summary>
    /// Deletes and replays every projection of a store registered with <c>AddGitOpsGatewayEvents</c> and
    /// <see cref="AuditStoreOptionsExtensions.AddGitOpsGatewayAudit"/>. Run it with every control plane stopped:
    /// nothing may append events meanwhile. Node status documents and the watchers' sync state are kept.
    /// </summary>
    /// <param name="timeout">For each projection's replay.</param>
    public static async Task RebuildAllAsync(IDocumentStore store, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await EventProjections.RebuildAsync(store, timeout, cancellationToken);
        await AuditProjections.RebuildAsync(store, timeout, cancellationToken);
    }
}
