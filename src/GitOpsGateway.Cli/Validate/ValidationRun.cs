using GitOpsGateway.Cli.Frame;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.Translation;

namespace GitOpsGateway.Cli.Validate;

/// <summary>Loads a folder with the control plane's loader and compiles it with the control plane's compiler.</summary>
internal static class ValidationRun
{
    /// <exception cref="CliException">The folder does not exist or cannot be read (exit code 2).</exception>
    public static async Task<ValidationReport> RunAsync(string directory, TranslatorOptions options, CancellationToken cancellationToken)
    {
        if (File.Exists(directory))
        {
            throw new CliException($"'{directory}' is a file; validate reads a folder of manifests.");
        }

        LoadResult load;
        try
        {
            load = await ManifestLoader.Default.LoadDirectoryAsync(directory, cancellationToken);
        }
        catch (DirectoryNotFoundException exception)
        {
            throw new CliException($"The folder '{directory}' does not exist.", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read the folder '{directory}': {exception.Message}", exception);
        }

        return Compile(directory, load, options);
    }

    /// <summary>Compiles what was loaded; <paramref name="displayRoot"/> is put in front of the paths in diagnostics.</summary>
    public static ValidationReport Compile(string displayRoot, LoadResult load, TranslatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(load);
        var compiled = Translator.Translate(load.Resources, options);
        return new ValidationReport(displayRoot, load, compiled, options);
    }
}
