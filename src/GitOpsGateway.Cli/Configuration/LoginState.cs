namespace GitOpsGateway.Cli.Configuration;

/// <summary>
/// What <c>ggctl login</c> kept beside the token in the config file: the issuer and client to refresh with, the
/// refresh token the issuer gave (if any), and when the token expires (if known).
/// </summary>
internal sealed record LoginState
{
    public const string IssuerKey = "login-issuer";
    public const string ClientIdKey = "login-client-id";
    public const string CaFileKey = "login-ca-file";
    public const string RefreshTokenKey = "login-refresh-token";
    public const string ExpiresKey = "login-expires";

    public static IReadOnlyList<string> Keys { get; } = [IssuerKey, ClientIdKey, CaFileKey, RefreshTokenKey, ExpiresKey];

    public static LoginState None { get; } = new();

    public string? Issuer { get; init; }

    public string? ClientId { get; init; }

    public string? CaFile { get; init; }

    public string? RefreshToken { get; init; }

    public DateTimeOffset? Expires { get; init; }

    public bool CanRefresh => Issuer is not null && ClientId is not null && RefreshToken is not null;
}
