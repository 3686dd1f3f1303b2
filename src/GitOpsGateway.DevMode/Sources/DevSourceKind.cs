namespace GitOpsGateway.DevMode.Sources;

public enum DevSourceKind
{
    /// <summary>The folder is inside a Git repository: its checked-out branch is watched; changes count once committed.</summary>
    GitCheckout,

    /// <summary>A plain folder: dev mode commits every change it sees into a private repository, which is watched.</summary>
    PrivateRepository,
}
