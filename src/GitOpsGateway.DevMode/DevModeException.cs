namespace GitOpsGateway.DevMode;

/// <summary>Dev mode cannot start; the message says what to install or which option to give.</summary>
public sealed class DevModeException : Exception
{
    public DevModeException()
    {
    }

    public DevModeException(string message)
        : base(message)
    {
    }

    public DevModeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
