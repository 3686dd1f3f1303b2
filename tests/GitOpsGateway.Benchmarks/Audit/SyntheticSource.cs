using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GitOpsGateway.Events;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Serialization;
using GitOpsGateway.Sources;

namespace GitOpsGateway.Benchmarks.Audit;

/// <summary>
/// One source of the seeded store (namespace and Gateway of its own, five Services, a few HTTPRoutes) and its
/// history: each commit shifts weights (45 %), relabels (40 %, no new version), moves a path (10 %) or renames
/// a route (5 %). Its first route also sends to <see cref="SharedService"/>. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed class SyntheticSource
{
    private static readonly CommitSignature[] Authors =
    [
        new("Ada Lovelace", "ada@example.com", DateTimeOffset.UnixEpoch),
        new("Grace Hopper", "grace@example.com", DateTimeOffset.UnixEpoch),
        new("Linus Torvalds", "linus@example.com", DateTimeOffset.UnixEpoch),
        new("Barbara Liskov", "barbara@example.com", DateTimeOffset.UnixEpoch),
        new("Edsger Dijkstra", "edsger@example.com", DateTimeOffset.UnixEpoch),
    ];

    private static readonly int[] Weights = [0, 10, 50, 90, 100];

    /// <summary>The first route of every source also sends to this one Service: a hot subject for the backend history.</summary>
    public const string SharedService = "shared/cache";

    private readonly List<SyntheticRoute> routes;
    private readonly HashSet<string> createdThisBatch = new(StringComparer.Ordinal);
    private int commits;
    private int renames;

    public SyntheticSource(int index, int routeCount)
    {
        Name = string.Create(CultureInfo.InvariantCulture, $"team-{index:D3}");
        Services = [.. Enumerable.Range(0, 5).Select(service => $"svc-{service}")];
        routes = [.. Enumerable.Range(0, routeCount).Select(route => new SyntheticRoute
        {
            Index = route,
            Name = string.Create(CultureInfo.InvariantCulture, $"route-{route:D2}"),
            Hostname = string.Create(CultureInfo.InvariantCulture, $"route-{route:D2}.{Name}.example.com"),
            Path = string.Create(CultureInfo.InvariantCulture, $"/route-{route:D2}"),
            ServiceA = Services[route % 5],
            ServiceB = route == 0 ? SharedService : Services[(route + 1) % 5],
            WeightA = 90,
        })];
    }

    public string Name { get; }

    public string Gateway => $"{Name}/edge";

    public IReadOnlyList<string> Services { get; }

    public IReadOnlyList<SyntheticRoute> Routes => routes;

    public bool Started => commits > 0;

    public string? LastTableHash { get; private set; }

    /// <summary>The projections of ingestion read an object from the database when it changes; one created in the pending transaction is not there yet.</summary>
    public void BatchSaved() => createdThisBatch.Clear();

    public SyntheticCommit Next(Random random)
    {
        var author = Authors[random.Next(Authors.Length)];
        if (commits++ == 0)
        {
            var created = new List<object> { Created("Gateway", "edge", SyntheticManifests.Gateway(Name), "gateway.yaml") };
            created.AddRange(Services.Select(service => Created("Service", service, SyntheticManifests.Service(Name, service), "services.yaml")));
            created.AddRange(routes.Select(route => Created("HTTPRoute", route.Name, SyntheticManifests.Route(Name, route), route.File)));
            createdThisBatch.UnionWith(routes.Select(route => route.Name));
            return Commit(author, "Initial import", created, changesTables: true);
        }

        var roll = random.Next(100);
        var candidates = routes.Where(route => !createdThisBatch.Contains(route.Name)).ToList();
        if (candidates.Count == 0)
        {
            return Commit(author, "Touch nothing", [], changesTables: false);
        }

        return roll switch
        {
            < 45 => Change(author, "Shift weights", true, Pick(random, candidates, 1 + random.Next(3)), route => route with { WeightA = Weights[random.Next(Weights.Length)], Generation = route.Generation + 1 }),
            < 85 => Change(author, "Relabel", false, Pick(random, candidates, 1 + random.Next(3)), route => route with { Revision = route.Revision + 1 }),
            < 95 => Change(author, "Move a path", true, Pick(random, candidates, 1), route => route with { Path = $"{route.Path.Split('~')[0]}~{commits}", Generation = route.Generation + 1 }),
            _ => Rename(author, Pick(random, candidates, 1)[0]),
        };
    }

    /// <summary>The version a commit that changed the tables publishes, with one status per route.</summary>
    public RouteTableVersionPublished Publish(long number, SyntheticCommit commit)
    {
        var table = SyntheticManifests.Table(Name, routes, Services);
        var hash = RouteTableHash.Compute(table);
        LastTableHash = hash;
        return new RouteTableVersionPublished
        {
            Number = number,
            Hash = RouteTableHash.Combine([hash]),
            Provenance = new VersionProvenance { Source = Name, CommitSha = commit.Sha, Description = $"commit {commit.Sha[..7]} by {commit.Author.Name}" },
            Tables = [new PublishedTable { Gateway = Gateway, Hash = hash, Json = Encoding.UTF8.GetString(RouteTableSerializer.ToCanonicalJson(table)) }],
            Statuses = [.. routes.OrderBy(route => route.Name, StringComparer.Ordinal).Select(route => new PublishedStatus
            {
                Kind = "HTTPRoute", Namespace = Name, Name = route.Name, Json = SyntheticManifests.Status(route.Generation),
            })],
            Diagnostics = [],
        };
    }

    private SyntheticCommit Change(CommitSignature author, string message, bool changesTables, IReadOnlyList<SyntheticRoute> picked, Func<SyntheticRoute, SyntheticRoute> change)
    {
        var events = new List<object>();
        foreach (var route in picked)
        {
            var changed = change(route);
            routes[routes.IndexOf(route)] = changed;
            events.Add(new ResourceChanged
            {
                Kind = "HTTPRoute", Namespace = Name, Name = changed.Name, Generation = changed.Generation,
                Manifest = SyntheticManifests.Route(Name, changed), File = changed.File, Line = 1,
            });
        }

        return Commit(author, message, events, changesTables);
    }

    private SyntheticCommit Rename(CommitSignature author, SyntheticRoute route)
    {
        var renamed = route with { Name = string.Create(CultureInfo.InvariantCulture, $"{route.Name.Split('~')[0]}~{++renames}"), Generation = 1 };
        routes[routes.IndexOf(route)] = renamed;
        createdThisBatch.Add(renamed.Name);
        var events = new List<object>
        {
            new ResourceDeleted { Kind = "HTTPRoute", Namespace = Name, Name = route.Name, Generation = route.Generation, File = route.File },
            Created("HTTPRoute", renamed.Name, SyntheticManifests.Route(Name, renamed), renamed.File),
        };
        return Commit(author, $"Rename {route.Name} to {renamed.Name}", events, changesTables: true);
    }

    private ResourceCreated Created(string kind, string name, string manifest, string file) =>
        new() { Kind = kind, Namespace = Name, Name = name, Generation = 1, Manifest = manifest, File = file, Line = 1 };

    private SyntheticCommit Commit(CommitSignature author, string message, IReadOnlyList<object> events, bool changesTables)
    {
        var sha = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes($"{Name}/{commits}/{message}")));
        return new SyntheticCommit(sha, author, message, events, changesTables);
    }

    private static List<SyntheticRoute> Pick(Random random, List<SyntheticRoute> candidates, int count) =>
        [.. candidates.OrderBy(_ => random.Next()).Take(Math.Min(count, candidates.Count))];
}
