namespace GitOpsGateway.GatewayApi.Validation;

internal static class RegexRules
{
    public static void Pattern(string pattern, string path, ErrorSink errors)
    {
        if (!UserRegex.TryCreateFullMatch(pattern, out _, out var error))
        {
            errors.Add(path, error);
        }
    }
}
