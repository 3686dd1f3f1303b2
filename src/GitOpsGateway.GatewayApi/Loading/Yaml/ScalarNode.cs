namespace GitOpsGateway.GatewayApi.Loading.Yaml;

internal sealed class ScalarNode(int line, int column, string value, bool isPlain) : ManifestNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>Written without quotes and without a <c>!!str</c> tag, so it may be a number, boolean or null.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override long ExpandedSize => 1;

    public override long ExpandedLength => Value.Length + 2;

    public override int Height => 1;

    public override string Description => IsNull ? "null" : IsPlain ? $"the value '{Excerpt.Of(Value)}'" : "a string";
}
