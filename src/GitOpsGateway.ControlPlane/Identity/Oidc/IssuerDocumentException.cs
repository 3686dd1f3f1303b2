namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>The issuer answered, but with a discovery document or key set that cannot be used.</summary>
public sealed class IssuerDocumentException : Exception
{
    public IssuerDocumentException()
        : this("The OIDC issuer's documents cannot be used.")
    {
    }

    public IssuerDocumentException(string message)
        : base(message)
    {
    }

    public IssuerDocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
