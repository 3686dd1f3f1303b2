using System.Text.RegularExpressions;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>The fixed patterns of the Gateway API and Kubernetes schemas.</summary>
internal static partial class Patterns
{
    [GeneratedRegex(@"\A[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z", RegexOptions.CultureInvariant)]
    public static partial Regex Dns1123Subdomain();

    [GeneratedRegex(@"\A[a-z0-9]([-a-z0-9]*[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    public static partial Regex Dns1123Label();

    [GeneratedRegex(@"\A[a-z]([-a-z0-9]*[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    public static partial Regex Dns1035Label();

    [GeneratedRegex(@"\A(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z", RegexOptions.CultureInvariant)]
    public static partial Regex Hostname();

    [GeneratedRegex(@"\A[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?\z", RegexOptions.CultureInvariant)]
    public static partial Regex Kind();

    [GeneratedRegex(@"\A([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\z", RegexOptions.CultureInvariant)]
    public static partial Regex QualifiedNamePart();

    [GeneratedRegex(@"\A[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/[A-Za-z0-9/\-._~%!$&'()*+,;=:]+\z", RegexOptions.CultureInvariant)]
    public static partial Regex DomainPrefixedPath();

    [GeneratedRegex(@"\A[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?\z|\A[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/[A-Za-z0-9]+\z", RegexOptions.CultureInvariant)]
    public static partial Regex Protocol();

    [GeneratedRegex(@"\A[A-Za-z0-9!#$%&'*+\-.^_`|~]+\z", RegexOptions.CultureInvariant)]
    public static partial Regex HeaderName();

    [GeneratedRegex(@"\A(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+\z", RegexOptions.CultureInvariant)]
    public static partial Regex PathCharacters();

    [GeneratedRegex(@"\A(\*|https?://(((\*\.)?([a-zA-Z0-9\-]+\.)*[a-zA-Z0-9-]+|\*)(:[0-9]{1,5})?))\z", RegexOptions.CultureInvariant)]
    public static partial Regex CorsOrigin();

    [GeneratedRegex(@"\A\.?[a-zA-Z_][a-zA-Z_0-9]*(\.[a-zA-Z_][a-zA-Z_0-9]*)*\z", RegexOptions.CultureInvariant)]
    public static partial Regex GrpcService();

    [GeneratedRegex(@"\A[A-Za-z_][A-Za-z_0-9]*\z", RegexOptions.CultureInvariant)]
    public static partial Regex GrpcMethod();
}
