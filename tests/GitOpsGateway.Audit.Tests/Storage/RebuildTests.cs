using GitOpsGateway.Audit.Queries;
using GitOpsGateway.Audit.References;
using GitOpsGateway.Audit.Resources;
using GitOpsGateway.Audit.Storage;
using GitOpsGateway.Audit.Tests.Support;

namespace GitOpsGateway.Audit.Tests.Storage;

public sealed class RebuildTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task rebuilding_the_audit_projections_from_the_events_gives_the_same_answers()
    {
        await using var audit = await AuditStore.CreateAsync(Cancellation);
        var history = await ScriptedHistory.IngestAsync(audit.Store, Cancellation);
        var before = await AnswersAsync(audit, history);
        await audit.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(ResourceChangeRecord), Cancellation);
        await using (var session = audit.Store.QuerySession())
        {
            Assert.Empty((await AuditQueries.ResourceHistoryAsync(session, ResourceRef.Parse("HTTPRoute/shop/web"), null, null, Cancellation)).Items);
        }

        await AuditProjections.RebuildAsync(audit.Store, TimeSpan.FromMinutes(2), Cancellation);
        var after = await AnswersAsync(audit, history);

        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }

    private static async Task<List<string>> AnswersAsync(AuditStore audit, ScriptedHistory history)
    {
        var all = new PageRequest { Size = PageRequest.MaxSize };
        await using var session = audit.Store.QuerySession();
        var answers = new List<string>();
        foreach (var resource in new[] { "HTTPRoute/shop/web", "HTTPRoute/shop/api", "HTTPRoute/shop/api-v1", "Service/shop/legacy" })
        {
            answers.AddRange(AnswerText.Of((await AuditQueries.ResourceHistoryAsync(session, ResourceRef.Parse(resource), null, all, Cancellation)).Items, history));
        }

        foreach (var subject in new[] { ReferenceSubject.Backend("shop", "web-v2"), ReferenceSubject.Hostname("api.example.com"), ReferenceSubject.Path("/static") })
        {
            answers.AddRange(AnswerText.Of((await AuditQueries.ReferenceHistoryAsync(session, subject, null, null, all, Cancellation)).Items, history));
        }

        answers.AddRange(AnswerText.Of((await AuditQueries.VersionDiffAsync(session, 1, 15, null, all, Cancellation))!.Changes.Items));
        return answers;
    }
}
