namespace GitOpsGateway.Sources.Git;

internal enum RemoteKind
{
    LocalPath,
    FileUrl,
    Https,
}
