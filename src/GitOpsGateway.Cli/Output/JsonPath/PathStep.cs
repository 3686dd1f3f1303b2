using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>
/// One step of a path. Steps work on the whole list of current values at once, as kubectl's do, so a union
/// (<c>['a','b']</c>) yields every <c>a</c> before any <c>b</c>. A null element is a JSON null; a value that is
/// missing is simply absent from the list.
/// </summary>
internal abstract record PathStep
{
    public abstract IReadOnlyList<JsonNode?> Apply(IReadOnlyList<JsonNode?> values);
}
