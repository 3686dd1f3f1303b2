namespace GitOpsGateway.NodeFeed.Client;

/// <summary>
/// Keeps a report within what the control plane accepts: a validation pass may find thousands of errors, and the
/// first ones are what people read. The cut is said in the report itself.
/// </summary>
internal static class ReportErrors
{
    public const int MaxErrors = 50;

    public const int MaxLength = 2000;

    public static IReadOnlyList<string> Cap(IReadOnlyList<string> errors)
    {
        var kept = errors.Take(errors.Count > MaxErrors ? MaxErrors - 1 : MaxErrors)
            .Select(error => error.Length <= MaxLength ? error : string.Concat(error.AsSpan(0, MaxLength - 1), "…"))
            .ToList();
        if (errors.Count > MaxErrors)
        {
            kept.Add($"… and {errors.Count - kept.Count} more errors.");
        }

        return kept;
    }
}
