namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>A JSONPath template that does not parse, or that cannot be applied to the document it is given.</summary>
internal sealed class JsonPathException : Exception
{
    public JsonPathException()
    {
    }

    public JsonPathException(string message)
        : base(message)
    {
    }

    public JsonPathException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
