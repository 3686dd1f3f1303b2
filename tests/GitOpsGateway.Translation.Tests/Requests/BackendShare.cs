namespace GitOpsGateway.Translation.Tests.Requests;

/// <summary>One backend a request may go to: the Service ("ns/name") or "invalid (Reason)", its weight and protocol.</summary>
internal sealed record BackendShare(string Target, int Weight, string? Protocol)
{
    public bool IsValid => Protocol is not null;
}
