namespace GitOpsGateway.FaultInjection.Tests.Support;

/// <summary>
/// Problems seen along a scenario that do not stop it: the scenario runs to its end, so one report says everything
/// that went wrong (a missing reason in the API and a lost commit, not only the first of them).
/// </summary>
internal sealed class Findings(ITestOutputHelper output)
{
    private readonly List<string> problems = [];

    public void Add(string? problem)
    {
        if (problem is not null)
        {
            output.WriteLine("PROBLEM: " + problem);
            problems.Add(problem);
        }
    }

    public void Check(bool condition, string problem) => Add(condition ? null : problem);

    public void AssertNone() => Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n- " + string.Join("\n- ", problems));
}
