using System.Globalization;

namespace GitOpsGateway.FaultInjection.Tests.Corpus;

/// <summary>One line of the per-class summary a corpus run prints.</summary>
internal sealed class ClassSummary(string name)
{
    public string Name { get; } = name;

    public int Inputs { get; set; }

    public int Ingested { get; set; }

    public int VisiblyFailed { get; set; }

    public int Named { get; set; }

    public int Diagnostics { get; set; }

    public int Problems { get; set; }

    /// <summary>The line of an in-process run, where nothing is ingested or named.</summary>
    public string LoaderLine() => string.Create(
        CultureInfo.InvariantCulture, $"{Name,-24} inputs {Inputs,3}  diagnostics {Diagnostics,5}  problems {Problems,3}");

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-24} inputs {Inputs,3}  ingested {Ingested,3}  visibly failed {VisiblyFailed,3}  named by the API {Named,3}  diagnostics {Diagnostics,5}  problems {Problems,3}");
}
