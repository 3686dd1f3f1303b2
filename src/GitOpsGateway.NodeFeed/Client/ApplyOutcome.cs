namespace GitOpsGateway.NodeFeed.Client;

/// <summary>What the node's apply callback says about one version: serving it now, or refused with reasons.</summary>
public sealed record ApplyOutcome
{
    public required bool Applied { get; init; }

    /// <summary>Why it was refused; when <see cref="Applied"/>, anything the node still wants reported.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public static ApplyOutcome Success() => new() { Applied = true };

    public static ApplyOutcome Refused(IEnumerable<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new ApplyOutcome { Applied = false, Errors = [.. errors] };
    }
}
