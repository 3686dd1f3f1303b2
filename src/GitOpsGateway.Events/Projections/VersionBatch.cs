using Marten;

namespace GitOpsGateway.Events.Projections;

/// <summary>
/// What one projection batch knows beyond the database: the versions it publishes, the pins it sets or lifts and
/// the Gateways it activates, so a pin and the version it names may arrive together in either order, and a rebuild
/// batch spanning many commits sees its own earlier activations (the session answers no query with unsaved documents).
/// </summary>
internal sealed class VersionBatch(IDocumentOperations operations)
{
    private readonly Dictionary<long, RouteTableVersion> versions = [];
    private readonly HashSet<long> appliedSoFar = [];
    private readonly Dictionary<string, VersionPin?> pins = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, ActiveVersion>> activeGateways = new(StringComparer.Ordinal);

    public void Add(RouteTableVersion version) => versions[version.Id] = version;

    public RouteTableVersion? Find(long number) => versions.GetValueOrDefault(number);

    /// <summary>The batch has reached the publication of <paramref name="number"/>: from now on it counts as the newest candidate.</summary>
    public void Reached(long number) => appliedSoFar.Add(number);

    public async Task<RouteTableVersion?> LoadAsync(long number, CancellationToken cancellation) =>
        Find(number) ?? await operations.LoadAsync<RouteTableVersion>(number, cancellation);

    public async Task<VersionPin?> PinAsync(string source, CancellationToken cancellation)
    {
        if (!pins.TryGetValue(source, out var pin))
        {
            pin = await operations.LoadAsync<VersionPin>(source, cancellation);
            pins[source] = pin;
        }

        return pin;
    }

    public void SetPin(string source, VersionPin? pin)
    {
        pins[source] = pin;
        if (pin is null)
        {
            operations.Delete<VersionPin>(source);
        }
        else
        {
            operations.Store(pin);
        }
    }

    /// <summary>
    /// The source's newest version as of the event being applied: published earlier in this batch, or stored.
    /// A rebuild batch holds versions published after an unpin too, and they must not count.
    /// </summary>
    public async Task<RouteTableVersion?> NewestAsync(string source, CancellationToken cancellation)
    {
        var inBatch = versions.Values.Where(version => version.Provenance.Source == source && appliedSoFar.Contains(version.Id)).MaxBy(version => version.Id);
        if (inBatch is not null)
        {
            return inBatch;
        }

        return await operations.Query<RouteTableVersion>()
            .Where(version => version.Provenance.Source == source)
            .OrderByDescending(version => version.Id)
            .FirstOrDefaultAsync(cancellation);
    }

    /// <summary>The source's Gateway documents (removed Gateways included), keyed by Gateway, as this batch left them.</summary>
    public async Task<Dictionary<string, ActiveVersion>> ActiveGatewaysAsync(string source, CancellationToken cancellation)
    {
        if (!activeGateways.TryGetValue(source, out var gateways))
        {
            var stored = await operations.Query<ActiveVersion>()
                .Where(active => active.Source == source && active.Gateway != null)
                .ToListAsync(cancellation);
            gateways = stored.ToDictionary(active => active.Gateway!, StringComparer.Ordinal);
            activeGateways[source] = gateways;
        }

        return gateways;
    }
}
