using System.Globalization;
using GitOpsGateway.Audit.Storage;
using GitOpsGateway.Events.Storage;
using Marten;

namespace GitOpsGateway.Host.Maintenance;

/// <summary>
/// What the commands that rewrite a database behind the control plane's back (<c>rebuild-projections</c>,
/// <c>mask-secret</c>) share: they refuse while any control plane leads a source of the database, since its writes
/// would interleave with theirs, and they open the store with every event and read model registered.
/// </summary>
internal static class OfflineDatabase
{
    /// <summary>EX_TEMPFAIL: stop every control plane, then run the command again.</summary>
    public const int ControlPlaneRunning = 75;

    /// <returns>True, with the refusal written to <paramref name="error"/>, when a control plane leads the database.</returns>
    public static async Task<bool> RefuseWhileLeadAsync(string database, string action, string command, string risk, TextWriter error, CancellationToken cancellationToken)
    {
        var leaders = await ControlPlaneLeaders.FindAsync(database, cancellationToken);
        if (leaders.Count == 0)
        {
            return false;
        }

        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Refusing to {action}: a control plane leads sources of this database (PostgreSQL backend {string.Join(", ", leaders)}), and {risk}. Stop every control plane, then run {command} again."));
        return true;
    }

    public static DocumentStore OpenStore(string database) => DocumentStore.For(options =>
    {
        options.Connection(database);
        options.AddGitOpsGatewayEvents();
        options.AddGitOpsGatewayAudit();
    });
}
