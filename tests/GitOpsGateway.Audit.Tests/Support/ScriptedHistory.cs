using System.Security.Cryptography;
using System.Text;
using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.Sources;
using Marten;

namespace GitOpsGateway.Audit.Tests.Support;

/// <summary>
/// Twenty-four commits of a shop repository by three authors, ingested one minute apart from
/// <see cref="Start"/> through the real <see cref="CommitIngestor"/>: weight shifts 90/10 → 50/50 → 0/100, a
/// rename, deletions, metadata-only changes, a rejected file, a 0-weight canary, then a wildcard route that
/// comes and goes and a hostname-less catch-all route.
/// </summary>
internal sealed class ScriptedHistory
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    public static readonly SourceDefinition Source = new() { Name = "shop", Repository = "/srv/git/shop.git" };

    private static readonly CommitSignature Ada = new("Ada Lovelace", "ada@example.com", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private static readonly CommitSignature Grace = new("Grace Hopper", "grace@example.com", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private static readonly CommitSignature Linus = new("Linus Torvalds", "linus@example.com", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    private ScriptedHistory(IReadOnlyList<SourceCommit> commits, IReadOnlyList<CommitOutcome> outcomes)
    {
        Commits = commits;
        Outcomes = outcomes;
    }

    public IReadOnlyList<SourceCommit> Commits { get; }

    public IReadOnlyList<CommitOutcome> Outcomes { get; }

    /// <summary>The sha of commit <paramref name="number"/>, counting from 1.</summary>
    public string Sha(int number) => Commits[number - 1].Sha;

    /// <summary>"#3" for the third commit: how answers name commits in assertions.</summary>
    public string Name(string? sha) =>
        sha is null ? "-" : $"#{Commits.Select((commit, index) => (commit.Sha, Number: index + 1)).Single(commit => commit.Sha == sha).Number}";

    /// <summary>When commit <paramref name="number"/> was ingested.</summary>
    public static DateTimeOffset RecordedAt(int number) => Start.AddMinutes(number);

    public static async Task<ScriptedHistory> IngestAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var clock = new ManualClock(Start);
        var ingestor = new CommitIngestor(clock: clock);
        var commits = Script();
        var outcomes = new List<CommitOutcome>();
        foreach (var commit in commits)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            outcomes.AddRange(await ingestor.IngestAsync(store, Source, new IngestBatch([commit], null), cancellationToken));
        }

        return new ScriptedHistory(commits, outcomes);
    }

    private static List<SourceCommit> Script()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var commits = new List<SourceCommit>();
        void Commit(CommitSignature author, string message, Action change)
        {
            change();
            commits.Add(Build(author, message, files, commits.Count == 0 ? null : commits[^1].Sha, commits.Count + 1));
        }

        Commit(Ada, "Add the gateway class and the edge gateway", () =>
        {
            files["gateway/class.yaml"] = ShopManifests.GatewayClass;
            files["gateway/edge.yaml"] = ShopManifests.Gateway();
        });
        Commit(Ada, "Add the services", () => files["apps/services.yaml"] = ShopManifests.Services());
        Commit(Ada, "Route shop.example.com to web, 90/10", () => files["apps/web.yaml"] = ShopManifests.WebRoute(90, 10));
        Commit(Grace, "Route api.example.com/v1 to api", () => files["apps/api.yaml"] = ShopManifests.ApiRoute("api", "/v1"));
        Commit(Grace, "Label the web route", () => files["apps/web.yaml"] = ShopManifests.WebRoute(90, 10, labelled: true));
        Commit(Ada, "Shift web to 50/50", () => files["apps/web.yaml"] = ShopManifests.WebRoute(50, 50, labelled: true));
        Commit(Linus, "Serve /static from legacy", () => files["apps/web.yaml"] = ShopManifests.WebRoute(50, 50, staticRule: true, labelled: true));
        Commit(Grace, "Also answer www.example.com", () => files["apps/web.yaml"] = ShopManifests.WebRoute(50, 50, www: true, staticRule: true, labelled: true));
        Commit(Ada, "Shift web to 0/100", () => files["apps/web.yaml"] = ShopManifests.WebRoute(0, 100, www: true, staticRule: true, labelled: true));
        Commit(Linus, "Rename the api route to api-v1", () => files["apps/api.yaml"] = ShopManifests.ApiRoute("api-v1", "/v1"));
        Commit(Grace, "Drop the /static rule", () => files["apps/web.yaml"] = ShopManifests.WebRoute(0, 100, www: true, labelled: true));
        Commit(Linus, "Remove the legacy service", () => files["apps/services.yaml"] = ShopManifests.Services(withLegacy: false));
        Commit(Ada, "Move api-v1 to /v2", () => files["apps/api.yaml"] = ShopManifests.ApiRoute("api-v1", "/v2"));
        Commit(Grace, "Add the docs route", () => files["apps/docs.yaml"] = ShopManifests.DocsRoute("docs.example.com", "/"));
        Commit(Linus, "Serve docs under shop.example.com/docs", () => files["apps/docs.yaml"] = ShopManifests.DocsRoute("shop.example.com", "/docs"));
        Commit(Ada, "Delete the docs route", () => files.Remove("apps/docs.yaml"));
        Commit(Grace, "Stop answering www.example.com", () => files["apps/web.yaml"] = ShopManifests.WebRoute(0, 100, labelled: true));
        Commit(Linus, "Annotate the gateway", () => files["gateway/edge.yaml"] = ShopManifests.Gateway(annotation: "platform"));
        Commit(Ada, "Add a broken manifest", () => files["apps/broken.yaml"] = "kind: HTTPRoute\nmetadata: [not, a, map\n");
        Commit(Grace, "Remove the broken manifest", () => files.Remove("apps/broken.yaml"));
        Commit(Linus, "Send a 0% canary of api-v1 to web-v2", () => files["apps/api.yaml"] = ShopManifests.ApiRoute("api-v1", "/v2", canary: true));
        Commit(Grace, "Answer every example.com subdomain from api", () => files["apps/subdomains.yaml"] = ShopManifests.CatchRoute("subdomains", "*.example.com"));
        Commit(Linus, "Catch every other host with api", () => files["apps/fallback.yaml"] = ShopManifests.CatchRoute("fallback", hostname: null));
        Commit(Ada, "Stop answering example.com subdomains", () => files.Remove("apps/subdomains.yaml"));
        return commits;
    }

    private static SourceCommit Build(CommitSignature author, string message, IReadOnlyDictionary<string, string> files, string? parent, int number)
    {
        var signature = author with { When = author.When.AddHours(number) };
        var content = $"{number}\n{message}\n{parent}\n" + string.Join("\n", files.Select(file => file.Key + "\n" + file.Value));
        return new SourceCommit
        {
            Sha = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(content))),
            ParentShas = parent is null ? [] : [parent],
            Author = signature,
            Committer = signature,
            Message = message,
            Files = files.Select(file => new ManifestFile(file.Key, file.Value)).ToList(),
        };
    }
}
