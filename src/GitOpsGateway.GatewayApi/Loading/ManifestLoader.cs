using System.Text;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading;

/// <summary>
/// Loads manifests (YAML, multi-document, or JSON) into a <see cref="ResourceSet"/>. It never throws on bad
/// input: every problem becomes a located <see cref="LoadDiagnostic"/>, and objects with errors are left out
/// while the others load. When two objects share kind, namespace and name, the first one read is kept.
/// </summary>
public sealed class ManifestLoader(ManifestLoaderOptions? options = null)
{
    private readonly ManifestLoaderOptions options = options ?? ManifestLoaderOptions.Default;

    public static ManifestLoader Default { get; } = new();

    public LoadResult Load(params IEnumerable<ManifestFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var diagnostics = new List<LoadDiagnostic>();
        var objects = new List<LoadedObject>();
        var parser = new ManifestParser(options.MaxDepth, options.MaxExpandedNodesPerDocument, options.MaxExpandedBytesPerDocument);
        foreach (var file in files)
        {
            LoadFile(file, parser, diagnostics, objects);
        }

        var kept = KeepFirstOfEachKey(objects, diagnostics);
        return new LoadResult(ResourceSet.Create(kept.Select(loaded => loaded.Resource!)), diagnostics)
        {
            DocumentSource = new(() => kept.ToDictionary(loaded => loaded.Key, loaded => CanonicalDocument.Write(loaded.Node))),
        };
    }

    /// <summary>Reads a folder (<see cref="ManifestDirectory"/>) and loads what it holds; paths in diagnostics are relative to it.</summary>
    public async Task<LoadResult> LoadDirectoryAsync(string root, CancellationToken cancellationToken = default)
    {
        var contents = await ManifestDirectory.ReadAsync(root, options, cancellationToken);
        var loaded = Load(contents.Files);
        return loaded with { Diagnostics = [.. contents.Diagnostics, .. loaded.Diagnostics] };
    }

    private void LoadFile(ManifestFile file, ManifestParser parser, List<LoadDiagnostic> diagnostics, List<LoadedObject> objects)
    {
        var size = file.Text.Length <= options.MaxFileBytes / 3 ? file.Text.Length : Encoding.UTF8.GetByteCount(file.Text);
        if (size > options.MaxFileBytes)
        {
            diagnostics.Add(TooLarge(file.Path, size, options.MaxFileBytes));
            return;
        }

        var documents = parser.Parse(file.Text);
        if (documents.Count == 0)
        {
            diagnostics.Add(new LoadDiagnostic(DiagnosticSeverity.Warning, new SourceLocation(file.Path, 0, 1, 1), string.Empty, "The file holds no objects."));
        }

        foreach (var document in documents)
        {
            if (document.Error is { } error)
            {
                var location = new SourceLocation(file.Path, document.Index, error.Line, error.Column);
                diagnostics.Add(new LoadDiagnostic(DiagnosticSeverity.Error, location, string.Empty, $"Invalid YAML: {error.Message}"));
            }
            else if (document.Root is { } root)
            {
                new DocumentReader(file.Path, document.Index, options.MaxObjectBytes, diagnostics, objects).Read(root);
            }
        }
    }

    internal static LoadDiagnostic TooLarge(string path, long size, long limit) => new(
        DiagnosticSeverity.Error,
        new SourceLocation(path, 0, 1, 1),
        string.Empty,
        $"The file is {size} bytes, over the limit of {limit} bytes; it was not read.");

    private static List<LoadedObject> KeepFirstOfEachKey(List<LoadedObject> objects, List<LoadDiagnostic> diagnostics)
    {
        var first = new Dictionary<ResourceKey, LoadedObject>();
        var kept = new List<LoadedObject>();
        foreach (var loaded in objects)
        {
            if (first.TryGetValue(loaded.Key, out var original))
            {
                diagnostics.Add(new LoadDiagnostic(
                    DiagnosticSeverity.Error,
                    loaded.Location,
                    string.Empty,
                    $"{loaded.Key} is defined twice: first at {original.Location}, again at {loaded.Location}; the first definition is kept.")
                {
                    Resource = loaded.Key,
                });
                continue;
            }

            first.Add(loaded.Key, loaded);
            if (loaded.Resource is not null)
            {
                kept.Add(loaded);
            }
        }

        return kept;
    }
}
