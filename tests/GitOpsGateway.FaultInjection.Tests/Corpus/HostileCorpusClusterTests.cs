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

            if (batch.Concat(previous).Any(input => input.Mode == HostileInputMode.ReplacesRoute))
            {
                // Each ordinary edit is measured against the valid route, restored in a commit of its own and serving
                // again: one edit that deletes the route must not decide what the later ones are measured against.
                if (!await RestoreRouteAsync(cluster, folder, traffic, findings, $"before {batch[0]}"))
                {
                    lostInARow++;
                    previous = [];
                    continue;
                }

                if (batch.Any(input => input.DeletesRoute))
                {
                    // The route is meant to stop serving until the next restore.
                    traffic.Pause();
                }
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

        findings.Check(await RestoreRouteAsync(cluster, folder, traffic, findings, "after the corpus"), "The cleaning commit was not ingested and served.");

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
        if (batch.Any(input => input.DeletesRoute))
        {
            await CheckRouteDeletedAsync(cluster, summary, findings, description);
        }
        else
        {
            var served = await cluster.Node.TryGetAsync(FaultCluster.Host);
            var revision = served?.Header(FaultCluster.RevisionHeader);
            if (revision != cluster.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                summary.Problems++;
                findings.Add($"{description}: the valid route answered {(served is null ? "no 200" : $"revision {revision}")}, expected revision {cluster.Revision}");
            }
        }

        foreach (var process in new[] { cluster.ControlPlane.Process, cluster.Node.Process })
        {
            Assert.False(process.HasExited, $"{description}: `{process.CommandLine}` died:\n{string.Join('\n', process.Lines.TakeLast(40))}");
        }

        var evidence = await cluster.EvidenceAsync(findings, description);
        foreach (var input in batch)
        {
            if (input.DeletesRoute && !NamesWarning(evidence, input.EvidencePath))
            {
                summary.Problems++;
                findings.Add($"{input}: no rejection of severity Warning names '{input.EvidencePath}', though it deleted the route");
            }

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

    /// <summary>
    /// Writes the valid route back in a commit of its own and waits until it is ingested and served; the traffic
    /// probe, paused while a deletion was in place, resumes then. False (with a finding) when it never serves again.
    /// </summary>
    private async Task<bool> RestoreRouteAsync(FaultCluster cluster, string folder, TrafficProbe traffic, Findings findings, string when)
    {
        Assert.Equal(HostileCorpus.RouteRevision, cluster.Revision);
        new FileInfo(Path.Combine(folder, HostileCorpus.RouteFile)).Delete();
        cluster.Remote.WriteFile(FaultCluster.RouteFile, FaultCluster.RevisionRoute(cluster.Revision));
        var sha = await cluster.CommitAndPushAsync("Restore the valid route " + when);
        try
        {
            var outcome = await cluster.WaitForIngestedOrVisiblyFailedAsync(sha, IngestionTimeout);
            findings.Check(outcome == "ingested", $"the valid route restored {when} (commit {sha}) was {outcome}, not ingested");
            await cluster.WaitForServedAsync(cluster.Revision, IngestionTimeout);
            output.WriteLine($"{sha[..10]} {outcome}: the valid route restored {when}");
            return true;
        }
        catch (TimeoutException timeout)
        {
            findings.Add($"the valid route restored {when} (commit {sha}) did not serve revision {cluster.Revision} again: {timeout.Message}");
            return false;
        }
        finally
        {
            traffic.Resume();
        }
    }

    /// <summary>A file with no objects deletes the route, as deleting the file would: the node must answer 404 for it.</summary>
    private static async Task CheckRouteDeletedAsync(FaultCluster cluster, ClassSummary summary, Findings findings, string description)
    {
        System.Net.HttpStatusCode? status = null;
        try
        {
            await Eventually.WaitForAsync(
                async () => (status = await cluster.RouteStatusAsync()) == System.Net.HttpStatusCode.NotFound,
                "the deleted route to answer 404",
                TimeSpan.FromSeconds(30),
                TimeSpan.FromMilliseconds(200));
        }
        catch (TimeoutException)
        {
            summary.Problems++;
            findings.Add($"{description}: the route the edit deleted answered {(status is null ? "nothing" : ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture))}, expected 404");
        }
    }

    /// <summary>Whether a rejections answer holds a warning for <paramref name="path"/> (relative to the source folder).</summary>
    private static bool NamesWarning(IEnumerable<System.Text.Json.Nodes.JsonNode> evidence, string path) =>
        evidence.OfType<System.Text.Json.Nodes.JsonArray>()
            .SelectMany(items => items.OfType<System.Text.Json.Nodes.JsonObject>())
            .Any(item => item["file"] is not null && (string?)item["file"] == path && (string?)item["severity"] == "Warning");
}
