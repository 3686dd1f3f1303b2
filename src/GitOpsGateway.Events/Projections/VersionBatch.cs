using Marten;

namespace GitOpsGateway.Events.Projections;

/// <summary>
/// What one projection batch knows beyond the database: the versions it publishes and the pins it sets or lifts,
/// so a pin and the version it names may arrive together in either order.
/// </summary>
internal sealed class VersionBatch(IDocumentOperations operations)
{
    private readonly Dictionary<long, RouteTableVersion> versions = [];
    private readonly Dictionary<string, VersionPin?> pins = new(StringComparer.Ordinal);

    public void Add(RouteTableVersion version) => versions[version.Id] = version;

    public RouteTableVersion? Find(long number) => versions.GetValueOrDefault(number);

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

    /// <summary>The source's newest version, in this batch or stored.</summary>
    public async Task<RouteTableVersion?> NewestAsync(string source, CancellationToken cancellation)
    {
        var inBatch = versions.Values.Where(version => version.Provenance.Source == source).MaxBy(version => version.Id);
        if (inBatch is not null)
        {
            return inBatch;
        }

        return await operations.Query<RouteTableVersion>()
            .Where(version => version.Provenance.Source == source)
            .OrderByDescending(version => version.Id)
            .FirstOrDefaultAsync(cancellation);
    }
}
