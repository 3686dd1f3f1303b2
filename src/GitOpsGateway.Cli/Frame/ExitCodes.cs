namespace GitOpsGateway.Cli.Frame;

/// <summary>The exit codes every command uses; <c>--help</c> and docs/ggctl.md list them from <see cref="Documented"/>.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and found problems (validate: something is not accepted or not resolved).</summary>
    public const int ProblemsFound = 1;

    /// <summary>The command could not run: wrong usage, input that cannot be read, a bad configuration.</summary>
    public const int UsageOrInput = 2;

    /// <summary>ggctl itself failed; a bug to report.</summary>
    public const int InternalError = 3;

    /// <summary>The control plane could not be reached, or failed to answer.</summary>
    public const int ServerUnreachable = 4;

    /// <summary>The control plane refused the token (401 or 403).</summary>
    public const int Unauthorized = 5;

    /// <summary>What the command names does not exist on the control plane (404).</summary>
    public const int NotFound = 6;

    /// <summary><c>plan --detailed-exitcode</c>: the manifests are sound and would change routes.</summary>
    public const int ChangesFound = 7;

    public const int Interrupted = 130;

    public static IReadOnlyList<(int Code, string Meaning)> Documented { get; } =
    [
        (Success, "success; for validate, every object is accepted and every reference resolves"),
        (ProblemsFound, "problems found: an object is not accepted, a reference does not resolve, or a manifest did not load"),
        (UsageOrInput, "the command could not run: wrong usage, a missing or unreadable folder, a bad config file or --server"),
        (InternalError, "ggctl failed unexpectedly (a bug: please report the message)"),
        (ServerUnreachable, "the control plane could not be reached or failed to answer"),
        (Unauthorized, "the control plane refused the token"),
        (NotFound, "the version, object or commit named does not exist on the control plane"),
        (ChangesFound, "plan --detailed-exitcode: the manifests are sound and would change routes"),
        (Interrupted, "interrupted (Ctrl-C)"),
    ];
}
