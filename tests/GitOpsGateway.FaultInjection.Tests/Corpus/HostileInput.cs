namespace GitOpsGateway.FaultInjection.Tests.Corpus;

/// <summary>One hostile input of a class: the files and links it puts in the source folder.</summary>
internal sealed record HostileInput(string Class, string Name, HostileInputMode Mode, IReadOnlyList<HostileFile> Files, IReadOnlyList<HostileLink> Links)
{
    /// <summary>The path (relative to the source folder) the control plane should name when it reports on this input.</summary>
    public string EvidencePath => Links.Count > 0 ? Links[0].Path : Files[0].Path;

    /// <summary>The last segment of <see cref="EvidencePath"/>: what the admin API's answers are searched for.</summary>
    /// <summary>The input deletes the valid route on purpose (a file with no objects): the route must answer 404 and a warning name the file.</summary>
    public bool DeletesRoute { get; init; }

    public string EvidenceName => EvidencePath[(EvidencePath.LastIndexOf('/') + 1)..];

    public override string ToString() => $"{Class}/{Name}";
}
