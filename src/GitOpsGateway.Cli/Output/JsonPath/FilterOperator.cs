namespace GitOpsGateway.Cli.Output.JsonPath;

internal enum FilterOperator
{
    /// <summary><c>[?(@.field)]</c>: the element has the field.</summary>
    Exists,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,

    /// <summary><c>=~</c>: the string matches the regular expression anywhere.</summary>
    Matches,
}
