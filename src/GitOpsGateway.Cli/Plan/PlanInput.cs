using GitOpsGateway.Cli.Frame;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Cli.Plan;

/// <summary>
/// The manifests a plan compiles, loaded: a folder as given, or a source's folder at a Git revision.
/// <paramref name="DisplayRoot"/> goes in front of the paths in diagnostics (the folder as typed, or the source's
/// repository-relative folder); <paramref name="Description"/> says where they came from, for the report.
/// </summary>
internal sealed record PlanInput(string DisplayRoot, string Description, LoadResult Load, string? CommitSha)
{
    public static async Task<PlanInput> FromDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        try
        {
            var load = await ManifestLoader.Default.LoadDirectoryAsync(directory, cancellationToken);
            return new PlanInput(directory, $"folder {directory}", load, CommitSha: null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read the folder '{directory}': {exception.Message}", exception);
        }
    }

    public static PlanInput FromRevision(string repository, string revision, string folder, CancellationToken cancellationToken)
    {
        var content = GitRevisionReader.Read(repository, revision, folder, cancellationToken);
        var displayRoot = content.Folder.Length == 0 ? "." : content.Folder;
        var where = content.Folder.Length == 0 ? "the repository root" : content.Folder;
        if (!content.FolderExists)
        {
            throw new CliException(
                $"The source's folder {where} does not exist at {revision} in {repository}: is --repo the source's repository, and the source the right one (--source)?");
        }

        return new PlanInput(displayRoot, $"{where} at {revision} ({content.CommitSha[..7]})", ManifestLoader.Default.Load(content.Files), content.CommitSha);
    }
}
