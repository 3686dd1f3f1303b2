using GitOpsGateway.Testing.Processes;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace GitOpsGateway.ControlPlane.Tests.Commands;

/// <summary>
/// Wolverine runs in Static mode (ADR 0003): handler code is generated ahead of time and committed. This test
/// regenerates it into a temporary folder and fails on any difference. Set GITOPS_GATEWAY_REGENERATE_CODE=1 to
/// rewrite the committed code instead.
/// </summary>
public sealed class GeneratedCodeTests
{
    private const string RegenerateVariable = "GITOPS_GATEWAY_REGENERATE_CODE";

    private static string CommittedFolder =>
        Path.Combine(RepositoryRoot.Find(), "src", "GitOpsGateway.ControlPlane", "Internal", "Generated");

    [Fact]
    public async Task committed_handler_code_is_what_wolverine_generates_today()
    {
        var regenerate = Environment.GetEnvironmentVariable(RegenerateVariable) == "1";
        var output = regenerate ? CommittedFolder : Directory.CreateTempSubdirectory("gitops-gateway-codegen-").FullName;
        var tokenFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(tokenFile, "codegen-token", TestContext.Current.CancellationToken);
        try
        {
            await using var app = ControlPlaneHost.Build(
            [
                "--database", "Host=127.0.0.1;Port=1;Database=codegen;Username=none",
                "--Sources:0:Name", "codegen",
                "--Sources:0:Repository", Path.GetTempPath(),
                "--AdminTokenFile", tokenFile,
            ]);
            var rules = app.Services.GetRequiredService<WolverineOptions>().CodeGeneration;
            rules.GeneratedCodeOutputPath = output;
            if (regenerate && Directory.Exists(output))
            {
                foreach (var file in Directory.GetFiles(output, "*.cs", SearchOption.AllDirectories))
                {
                    File.Delete(file);
                }
            }

            var builder = new DynamicCodeBuilder(app.Services, app.Services.GetServices<ICodeFileCollection>().ToArray())
            {
                ServiceVariableSource = app.Services.GetService<IServiceVariableSource>(),
            };
            builder.WriteGeneratedCode(_ => { });

            var generated = Files(output);
            Assert.NotEmpty(generated);
            Assert.Contains(generated.Keys, path => path.Contains("SyncSource", StringComparison.Ordinal));
            var committed = Files(CommittedFolder);
            Assert.Equal(generated.Keys.Order(), committed.Keys.Order());
            foreach (var (path, text) in generated)
            {
                Assert.True(
                    text == committed[path],
                    $"{path} differs from the committed generated code; run the tests with {RegenerateVariable}=1 and commit the result.");
            }
        }
        finally
        {
            File.Delete(tokenFile);
            if (!regenerate)
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .ToDictionary(path => Path.GetRelativePath(folder, path).Replace('\\', '/'), path => File.ReadAllText(path).ReplaceLineEndings("\n"))
            : [];
}
