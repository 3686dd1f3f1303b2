using System.Text.RegularExpressions;

namespace GitOpsGateway.Routing.Matching;

/// <summary>A pattern ready to match, or why it cannot be used.</summary>
internal sealed record CompiledPattern(Regex? Regex, string? Problem);
