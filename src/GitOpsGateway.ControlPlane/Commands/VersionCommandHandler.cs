using Marten;

namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>
/// The Wolverine handlers of rollback, pin and unpin. Each takes Wolverine's per-message session, so its events
/// are saved in one transaction with the message's outbox (<c>AutoApplyTransactions</c>).
/// </summary>
public static class VersionCommandHandler
{
    public static Task<VersionCommandOutcome> Handle(RollbackToVersion command, VersionCommands commands, IDocumentSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return commands.RollbackAsync(session, command, cancellationToken);
    }

    public static Task<VersionCommandOutcome> Handle(RollbackToCommit command, VersionCommands commands, IDocumentSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return commands.RollbackAsync(session, command, cancellationToken);
    }

    public static Task<VersionCommandOutcome> Handle(RollbackToTime command, VersionCommands commands, IDocumentSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return commands.RollbackAsync(session, command, cancellationToken);
    }

    public static Task<VersionCommandOutcome> Handle(PinVersion command, VersionCommands commands, IDocumentSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return commands.PinAsync(session, command, cancellationToken);
    }

    public static Task<VersionCommandOutcome> Handle(Unpin command, VersionCommands commands, IDocumentSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return commands.UnpinAsync(session, command, cancellationToken);
    }
}
