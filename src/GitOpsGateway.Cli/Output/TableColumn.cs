namespace GitOpsGateway.Cli.Output;

/// <summary>
/// A column heading. <paramref name="WideOnly"/> columns appear only with <c>-o wide</c>; cells of a column with a
/// <paramref name="MaxWidth"/> are shortened to it (ending in "...") in the default table, never in the wide one.
/// </summary>
internal sealed record TableColumn(string Header, bool WideOnly = false, int? MaxWidth = null);
