namespace GitOpsGateway.ControlPlane.Tokens;

public enum ApiTokenOutcomeStatus
{
    Done,
    NotFound,
    Invalid,
    Conflict,
}
