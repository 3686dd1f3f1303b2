using GitOpsGateway.FaultInjection.Tests.Support;

namespace GitOpsGateway.FaultInjection.Tests.Corpus;

/// <summary>
/// The hostile corpus as commits on top of a repository holding a valid route, through one long-lived real
/// installation (control plane, node, echo backend, bare repository, one PostgreSQL). After each commit the valid
/// route still answers 200 with its revision, every process lives, the commit is ingested or visibly failed, and the
/// admin API names each input's file. By default the inputs of a class share a commit (each ordinary edit gets its
/// own); <c>GITOPS_GATEWAY_FAULTS=full</c> commits every input on its own.
/// </summary>
public sealed class HostileCorpusClusterTests(ITestOutputHelper output)
{
    private static readonly TimeSpan IngestionTimeout = TimeSpan.FromSeconds(90);

    /// <summary>After this many commits in a row neither ingested nor visibly failed the source is stuck: later inputs would only wait too.</summary>
    private const int LostCommitsBeforeGivingUp = 2;

    [Fact]
    public async Task every_hostile_input_leaves_the_valid_route_serving_and_is_named_by_the_admin_api()
    {
        var findings = new Findings(output);
        await using var cluster = await FaultCluster.StartAsync();
        await using var traffic = cluster.StartTraffic();
        var folder = Path.Combine(cluster.Remote.WorkingPath, FaultCluster.Folder);
        var summaries = new Dictionary<string, ClassSummary>();
        IReadOnlyList<HostileInput> previous = [];
        var lostInARow = 0;

        foreach (var batch in Batches())
        {
            if (lostInARow >= LostCommitsBeforeGivingUp)
            {
                findings.Add($"ingestion is stuck ({lostInARow} commits in a row neither ingested nor visibly failed): {batch[0]} and the inputs after it were not exercised");
                break;
            }

            // Undo the previous batch in the same commit, so each commit carries one class's inputs.
            foreach (var input in previous.Where(input => input.Mode == HostileInputMode.Added))
            {
                CorpusFolder.Remove(folder, input);
            }

            if (previous.Any(input => input.Mode == HostileInputMode.ReplacesRoute))
            {
                new FileInfo(Path.Combine(folder, HostileCorpus.RouteFile)).Delete();
                cluster.Remote.WriteFile(FaultCluster.RouteFile, FaultCluster.RevisionRoute(cluster.Revision));
            }

            foreach (var input in batch)
            {
                await CorpusFolder.WriteAsync(folder, input);
            }

            var summary = summaries.TryGetValue(batch[0].Class, out var known) ? known : summaries[batch[0].Class] = new ClassSummary(batch[0].Class);
            summary.Inputs += batch.Count;
            var description = $"{batch[0].Class}: {string.Join(", ", batch.Select(input => input.Name).Take(6))}{(batch.Count > 6 ? $" and {batch.Count - 6} more" : "")}";
            var sha = await cluster.CommitAndPushAsync("Hostile input " + description);
            lostInARow = await CheckCommitAsync(cluster, sha, batch, summary, findings, description) ? 0 : lostInARow + 1;
            previous = batch;
        }

        foreach (var input in previous.Where(input => input.Mode == HostileInputMode.Added))
        {
            CorpusFolder.Remove(folder, input);
        }

        cluster.Remote.WriteFile(FaultCluster.RouteFile, FaultCluster.RevisionRoute(cluster.Revision));
        var clean = await cluster.CommitAndPushAsync("Remove the hostile inputs");
        try
        {
            findings.Check(await cluster.WaitForIngestedOrVisiblyFailedAsync(clean, IngestionTimeout) == "ingested", "The cleaning commit was not ingested.");
        }
        catch (TimeoutException timeout)
        {
            findings.Add("The cleaning commit was silently lost: " + timeout.Message);
        }

        var report = await traffic.StopAsync();
        output.WriteLine(report.ToString());
        foreach (var summary in summaries.Values)
        {
            output.WriteLine(summary.ToString());
        }

        findings.Check(report.Failures.Count == 0, "the valid route stopped serving: " + report);
        cluster.AssertAlive();
        findings.AssertNone();
    }

    private static IEnumerable<IReadOnlyList<HostileInput>> Batches()
    {
        foreach (var group in HostileCorpus.ByClass)
        {
            if (FaultSuiteMode.Full || group.First().Mode == HostileInputMode.ReplacesRoute)
            {
                foreach (var input in group)
                {
                    yield return [input];
                }
            }
            else
            {
                yield return [.. group];
            }
        }
    }

    /// <summary>Checks one commit's promises; returns false when the commit was silently lost.</summary>
    private async Task<bool> CheckCommitAsync(FaultCluster cluster, string sha, IReadOnlyList<HostileInput> batch, ClassSummary summary, Findings findings, string description)
    {
        string outcome;
        try
        {
            outcome = await cluster.WaitForIngestedOrVisiblyFailedAsync(sha, IngestionTimeout);
        }
        catch (TimeoutException timeout)
        {
            outcome = "lost";
            findings.Add($"{description}: commit {sha} neither ingested nor visibly failed. {timeout.Message}");
        }

        if (outcome == "ingested")
        {
            summary.Ingested += batch.Count;
        }
        else if (outcome == "visibly failed")
        {
            summary.VisiblyFailed += batch.Count;
        }

        output.WriteLine($"{sha[..10]} {outcome}: {description}");
        var served = await cluster.Node.TryGetAsync(FaultCluster.Host);
        var revision = served?.Header(FaultCluster.RevisionHeader);
        if (revision != cluster.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            summary.Problems++;
            findings.Add($"{description}: the valid route answered {(served is null ? "no 200" : $"revision {revision}")}, expected revision {cluster.Revision}");
        }

        foreach (var process in new[] { cluster.ControlPlane.Process, cluster.Node.Process })
        {
            Assert.False(process.HasExited, $"{description}: `{process.CommandLine}` died:\n{string.Join('\n', process.Lines.TakeLast(40))}");
        }

        var evidence = await cluster.EvidenceAsync(findings, description);
        foreach (var input in batch)
        {
            if (JsonText.Mentions(evidence, input.EvidenceName))
            {
                summary.Named++;
            }
            else
            {
                summary.Problems++;
                findings.Add($"{input}: the admin API's answers about the source and resources never name '{input.EvidencePath}'");
            }
        }

        if (JsonText.Mentions(evidence, HostileCorpus.SecretKeyBase64) || JsonText.Mentions(evidence, "PRIVATE KEY"))
        {
            summary.Problems++;
            findings.Add($"{description}: key material of a Secret appears in the admin API's answers");
        }

        return outcome != "lost";
    }
}
