namespace GitOpsGateway.NodeFeed.Server;

/// <summary>
/// One node token: a name for logs and the Gateways (<c>namespace/name</c>) whose tables it may read and for which
/// it may report. The same name may appear twice with two tokens while a rotation is rolled out.
/// </summary>
public sealed record NodeTokenGrant(string Name, IReadOnlyList<string> Gateways, string Token)
{
    /// <summary>Keeps the token out of logs, which print records by default.</summary>
    public override string ToString() => $"NodeTokenGrant {{ Name = {Name}, Gateways = [{string.Join(", ", Gateways)}] }}";
}
