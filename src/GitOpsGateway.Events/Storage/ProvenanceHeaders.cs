namespace GitOpsGateway.Events.Storage;

/// <summary>
/// Names of the event headers that carry provenance, so any event can be traced without joins. Every event of a
/// commit also has correlation id "SOURCE@SHA" and causation id "commit:SHA".
/// </summary>
public static class ProvenanceHeaders
{
    public const string Source = "source";

    public const string Commit = "commit";

    public const string Author = "author";

    public static string CorrelationId(string source, string commitSha) => $"{source}@{commitSha}";

    public static string CausationId(string commitSha) => $"commit:{commitSha}";
}
