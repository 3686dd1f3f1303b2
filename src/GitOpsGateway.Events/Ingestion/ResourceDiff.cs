using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.Sources;

namespace GitOpsGateway.Events.Ingestion;

/// <summary>
/// Compares a commit's loaded objects with the source's current objects: the resource events and rejections to
/// append, and the objects after the commit. An object that failed to load keeps its last good version, and so
/// do the objects last read from a file that could not be split into objects (a YAML error): a broken edit never
/// deletes what was serving. A file that could not be read at all (a skipped entry: not UTF-8, over the size
/// limit, replaced by a symlink or a submodule) counts exactly like one that could not be parsed; only a file that
/// is gone from the commit deletes its objects. Warnings (an unknown kind, a file with no objects, an entry not read
/// because of its name) are recorded as rejections of severity Warning and change nothing else: a file with no
/// objects deletes what it held, as deleting the file would.
/// </summary>
internal static class ResourceDiff
{
    public static ResourceChanges Compute(IReadOnlyCollection<ResourceSnapshot> current, LoadResult loaded, DateTimeOffset now) =>
        Compute(current, loaded, [], now);

    public static ResourceChanges Compute(
        IReadOnlyCollection<ResourceSnapshot> current, LoadResult loaded, IReadOnlyList<SkippedEntry> unreadable, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        var before = current.ToDictionary(snapshot => snapshot.Key);
        var errors = loaded.Errors.ToList();
        var rejectedKeys = errors.Where(error => error.Resource is not null).Select(error => error.Resource!.Value).ToHashSet();
        var brokenFiles = errors.Where(error => error.Resource is null).Select(error => error.Location.File).ToHashSet(StringComparer.Ordinal);
        bool Unreadable(string file) => unreadable.Any(entry => !entry.IsWarning && entry.Covers(file));

        var events = new List<object>();
        var after = new List<ResourceSnapshot>();
        foreach (var key in before.Keys.Union(loaded.Documents.Keys).Order())
        {
            before.TryGetValue(key, out var old);
            if (loaded.Resources.Find(key) is { } resource)
            {
                var manifest = Redacted(key, loaded.Documents[key]);
                var location = resource.Metadata.Location;
                var next = Next(old, key, manifest, location, now, events);
                after.Add(next);
            }
            else if (old is not null && (rejectedKeys.Contains(key) || brokenFiles.Contains(old.File) || Unreadable(old.File)))
            {
                after.Add(old);
            }
            else if (old is not null)
            {
                events.Add(new ResourceDeleted
                {
                    Kind = ResourceKinds.Name(key.Kind),
                    Namespace = key.Namespace,
                    Name = key.Name,
                    Generation = old.Generation,
                    File = old.File,
                });
            }
        }

        events.AddRange(errors.Select(Rejection));
        events.AddRange(loaded.Warnings.Select(Rejection));
        events.AddRange(unreadable.Select(entry => Rejection(entry, before.Values)));
        return new ResourceChanges(events, after);
    }

    private static ResourceSnapshot Next(
        ResourceSnapshot? old, ResourceKey key, string manifest, SourceLocation location, DateTimeOffset now, List<object> events)
    {
        if (old is null)
        {
            events.Add(new ResourceCreated
            {
                Kind = ResourceKinds.Name(key.Kind),
                Namespace = key.Namespace,
                Name = key.Name,
                Generation = 1,
                Manifest = manifest,
                File = location.File,
                Line = location.Line,
            });
            return new ResourceSnapshot { Key = key, Manifest = manifest, Generation = 1, CreatedAt = now, File = location.File, Line = location.Line };
        }

        if (string.Equals(old.Manifest, manifest, StringComparison.Ordinal))
        {
            // Moving an object to another file or line is not a change; the stored location stays where it was.
            return old;
        }

        var generation = CanonicalJson.SpecDiffers(old.Manifest, manifest) ? old.Generation + 1 : old.Generation;
        events.Add(new ResourceChanged
        {
            Kind = ResourceKinds.Name(key.Kind),
            Namespace = key.Namespace,
            Name = key.Name,
            Generation = generation,
            Manifest = manifest,
            File = location.File,
            Line = location.Line,
        });
        return old with { Manifest = manifest, Generation = generation, File = location.File, Line = location.Line };
    }

    private static string Redacted(ResourceKey key, string document) =>
        key.Kind == ResourceKind.Secret ? SecretRedactor.Redact(document) : document;

    private static ManifestRejected Rejection(LoadDiagnostic diagnostic) => new()
    {
        File = diagnostic.Location.File,
        Line = diagnostic.Location.Line,
        Column = diagnostic.Location.Column,
        FieldPath = diagnostic.FieldPath,
        Message = diagnostic.Message,
        Resource = diagnostic.Resource?.ToString(),
        Severity = diagnostic.Severity == DiagnosticSeverity.Warning ? RejectionSeverity.Warning : RejectionSeverity.Error,
    };

    /// <summary>The file's objects are named in the message, so the reason a route kept its old version is visible with it.</summary>
    private static ManifestRejected Rejection(SkippedEntry entry, IEnumerable<ResourceSnapshot> before)
    {
        if (entry.IsWarning)
        {
            return new ManifestRejected
            {
                File = entry.Path,
                Line = entry.Line,
                Column = 0,
                Message = entry.Detail,
                Reason = entry.Reason.ToString(),
                Severity = RejectionSeverity.Warning,
            };
        }

        var kept = before.Where(snapshot => entry.Covers(snapshot.File)).Select(snapshot => snapshot.Key.ToString()).Order(StringComparer.Ordinal).ToList();
        var consequence = kept.Count switch
        {
            0 => "Not read.",
            1 => $"Not read, so {kept[0]} keeps its last good version.",
            <= 5 => $"Not read, so {string.Join(", ", kept)} keep their last good versions.",
            _ => $"Not read, so its {kept.Count} objects ({string.Join(", ", kept.Take(5))}, ...) keep their last good versions.",
        };
        return new ManifestRejected
        {
            File = entry.Path,
            Line = entry.Line,
            Column = 0,
            Message = $"{entry.Detail} {consequence}",
            Reason = entry.Reason.ToString(),
        };
    }
}
