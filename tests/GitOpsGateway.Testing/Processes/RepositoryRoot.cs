namespace GitOpsGateway.Testing.Processes;

/// <summary>The folder holding <c>GitOpsGateway.sln</c>, found by walking up from the running test's output folder.</summary>
public static class RepositoryRoot
{
    public const string SolutionFileName = "GitOpsGateway.sln";

    public static string Find() => FindAbove(AppContext.BaseDirectory);

    internal static string FindAbove(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No {SolutionFileName} in {startDirectory} or any folder above it.");
    }
}
