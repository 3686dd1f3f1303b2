using System.Text.Json;

namespace GitOpsGateway.Audit.Diffing;

/// <summary>
/// A small structural diff of two JSON manifests, leaf by leaf. Objects are compared by property name, lists by
/// position (an item inserted at the front shows every later item as changed: simple and predictable). Pure.
/// </summary>
public static class ManifestDiff
{
    /// <summary>Enough for any route a person reads; a bigger diff says how many leaves it left out.</summary>
    public const int DefaultLimit = 200;

    /// <param name="before">The manifest before, or null for a new object (every leaf added).</param>
    /// <param name="after">The manifest after, or null for a deleted object (every leaf removed).</param>
    /// <exception cref="JsonException">A side is not JSON.</exception>
    public static ManifestDiffResult Compare(string? before, string? after, int limit = DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        using var beforeDocument = before is null ? null : JsonDocument.Parse(before);
        using var afterDocument = after is null ? null : JsonDocument.Parse(after);
        var collector = new Collector(limit);
        collector.Compare(string.Empty, beforeDocument?.RootElement, afterDocument?.RootElement);
        return new ManifestDiffResult(collector.Changes, collector.Omitted);
    }

    private sealed class Collector(int limit)
    {
        public List<ManifestChange> Changes { get; } = [];

        public int Omitted { get; private set; }

        public void Compare(string path, JsonElement? before, JsonElement? after)
        {
            switch (before, after)
            {
                case (null, null):
                    return;
                case (null, { } added):
                    Leaves(path, added, ManifestChangeKind.Added);
                    return;
                case ({ } removed, null):
                    Leaves(path, removed, ManifestChangeKind.Removed);
                    return;
            }

            var old = before.Value;
            var current = after.Value;
            if (old.ValueKind == JsonValueKind.Object && current.ValueKind == JsonValueKind.Object)
            {
                CompareObjects(path, old, current);
            }
            else if (old.ValueKind == JsonValueKind.Array && current.ValueKind == JsonValueKind.Array)
            {
                CompareArrays(path, old, current);
            }
            else if (IsScalar(old) && IsScalar(current))
            {
                if (!JsonElement.DeepEquals(old, current))
                {
                    Add(new ManifestChange { Path = path, Kind = ManifestChangeKind.Changed, Before = JsonText.Leaf(old), After = JsonText.Leaf(current) });
                }
            }
            else
            {
                Leaves(path, old, ManifestChangeKind.Removed);
                Leaves(path, current, ManifestChangeKind.Added);
            }
        }

        private void CompareObjects(string path, JsonElement before, JsonElement after)
        {
            var beforeProperties = Properties(before);
            var afterProperties = Properties(after);
            foreach (var name in beforeProperties.Keys.Union(afterProperties.Keys).Order(StringComparer.Ordinal))
            {
                Compare(
                    JsonText.Property(path, name),
                    beforeProperties.TryGetValue(name, out var old) ? old : null,
                    afterProperties.TryGetValue(name, out var current) ? current : null);
            }
        }

        private void CompareArrays(string path, JsonElement before, JsonElement after)
        {
            var length = Math.Max(before.GetArrayLength(), after.GetArrayLength());
            for (var index = 0; index < length; index++)
            {
                Compare(
                    JsonText.Item(path, index),
                    index < before.GetArrayLength() ? before[index] : null,
                    index < after.GetArrayLength() ? after[index] : null);
            }
        }

        private void Leaves(string path, JsonElement value, ManifestChangeKind kind)
        {
            var children = value.ValueKind switch
            {
                JsonValueKind.Object => value.EnumerateObject().OrderBy(property => property.Name, StringComparer.Ordinal)
                    .Select(property => (Path: JsonText.Property(path, property.Name), Value: property.Value)).ToList(),
                JsonValueKind.Array => value.EnumerateArray().Select((item, index) => (Path: JsonText.Item(path, index), Value: item)).ToList(),
                _ => null,
            };

            if (children is null || children.Count == 0)
            {
                var text = JsonText.Leaf(value);
                Add(kind == ManifestChangeKind.Added
                    ? new ManifestChange { Path = path, Kind = kind, After = text }
                    : new ManifestChange { Path = path, Kind = kind, Before = text });
                return;
            }

            foreach (var child in children)
            {
                Leaves(child.Path, child.Value, kind);
            }
        }

        private void Add(ManifestChange change)
        {
            if (Changes.Count < limit)
            {
                Changes.Add(change);
            }
            else
            {
                Omitted++;
            }
        }

        private static Dictionary<string, JsonElement> Properties(JsonElement element)
        {
            var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                properties[property.Name] = property.Value;
            }

            return properties;
        }

        private static bool IsScalar(JsonElement element) => element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);
    }
}
