namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>The settings cannot run a control plane; the message lists every problem found, one per line.</summary>
public sealed class ControlPlaneConfigurationException : Exception
{
    public ControlPlaneConfigurationException()
        : this("The control-plane settings are invalid.")
    {
    }

    public ControlPlaneConfigurationException(string message)
        : base(message)
    {
    }

    public ControlPlaneConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ControlPlaneConfigurationException(IReadOnlyList<string> problems)
        : base("The control-plane settings are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(problem => "  - " + problem)))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; } = [];
}
