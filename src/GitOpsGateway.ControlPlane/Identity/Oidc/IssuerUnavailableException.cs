namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>The issuer's keys could not be read and none were read before: no JWT can be checked.</summary>
public sealed class IssuerUnavailableException : Exception
{
    public IssuerUnavailableException()
        : this("The OIDC issuer cannot be reached.")
    {
    }

    public IssuerUnavailableException(string message)
        : base(message)
    {
    }

    public IssuerUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
