using GitOpsGateway.ControlPlane.Configuration;
using Microsoft.Extensions.Configuration;

namespace GitOpsGateway.ControlPlane.Tests.Configuration;

public sealed class SettingsTests
{
    [Fact]
    public void every_problem_is_reported_at_once_and_secrets_are_refused_on_the_command_line()
    {
        string[] args = ["--AdminToken", "visible-in-ps", "--Sources:0:Name", "shop", "--Sources:0:Password", "hunter2", "--Ingestion:BatchSize", "0"];
        var commandLine = new ConfigurationBuilder().AddCommandLine(args).Build();

        var failure = Assert.Throws<ControlPlaneConfigurationException>(() => ControlPlaneSettingsReader.Read(commandLine, commandLine));

        Assert.Contains(failure.Problems, problem => problem.StartsWith("AdminToken was given on the command line", StringComparison.Ordinal));
        Assert.Contains(failure.Problems, problem => problem.StartsWith("Sources:0:Password was given on the command line", StringComparison.Ordinal));
        Assert.Contains(failure.Problems, problem => problem.StartsWith("Database", StringComparison.Ordinal));
        Assert.Contains(failure.Problems, problem => problem == "Sources:0:Repository is not set.");
        Assert.Contains(failure.Problems, problem => problem.StartsWith("Ingestion:BatchSize", StringComparison.Ordinal));
    }

    [Fact]
    public void secrets_come_from_the_environment_or_a_file()
    {
        var tokenFile = Path.GetTempFileName();
        File.WriteAllText(tokenFile, "from-a-file\n");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database"] = "Host=db;Database=gateway",
                ["AdminTokenFile"] = tokenFile,
                ["Webhooks:GitHubSecret"] = "from-the-environment",
                ["Sources:0:Name"] = "shop",
                ["Sources:0:Repository"] = "https://git.example.com/acme/shop.git",
                ["Sources:0:PollInterval"] = "00:01:00",
            }).Build();

            var settings = ControlPlaneSettingsReader.Read(configuration, new ConfigurationBuilder().Build());

            Assert.Equal("from-a-file", settings.AdminToken);
            Assert.Equal("from-the-environment", settings.Webhooks.GitHub);
            Assert.Null(settings.Webhooks.GitLab);
            Assert.Equal(TimeSpan.FromMinutes(1), Assert.Single(settings.Sources).Definition.PollInterval);
            Assert.DoesNotContain("from-a-file", settings.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(tokenFile);
        }
    }
}
