using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Testing.Oidc;

namespace GitOpsGateway.ControlPlane.Tests.Identity;

/// <summary>
/// A test issuer over HTTPS with a private CA, and a real control plane that trusts it (<c>Oidc:CaFile</c>) with
/// two grants: the group <see cref="OperatorGroup"/> operates the source, the subject <see cref="ViewerSubject"/> views.
/// </summary>
internal sealed class OidcWorld : IAsyncDisposable
{
    public const string OperatorGroup = "shop-operators";

    public const string ViewerSubject = "auditor";

    private OidcWorld(Scenario scenario, TestCertificateAuthority authority, TestIssuer? issuer, ControlPlaneProcess controlPlane, string issuerUrl)
    {
        Scenario = scenario;
        Authority = authority;
        Issuer = issuer;
        ControlPlane = controlPlane;
        IssuerUrl = issuerUrl;
    }

    public Scenario Scenario { get; }

    public TestCertificateAuthority Authority { get; }

    /// <summary>Null while the issuer is down (a world started with <c>issuerRunning: false</c>).</summary>
    public TestIssuer? Issuer { get; private set; }

    public string IssuerUrl { get; }

    public ControlPlaneProcess ControlPlane { get; }

    /// <param name="issuerRunning">False: the control plane is told of an issuer on a port where nothing answers yet.</param>
    public static async Task<OidcWorld> StartAsync(bool issuerRunning = true)
    {
        var scenario = await Scenario.CreateAsync();
        var authority = TestCertificateAuthority.Create();
        var issuer = issuerRunning ? await TestIssuer.StartAsync(authority, cancellationToken: TestContext.Current.CancellationToken) : null;
        var issuerUrl = issuer?.Issuer ?? $"https://127.0.0.1:{Testing.Processes.FreePort.Next()}";
        var options = scenario.Options() with
        {
            Settings = new Dictionary<string, string>
            {
                ["OIDC__ISSUER"] = issuerUrl,
                ["OIDC__AUDIENCE"] = TestIssuer.DefaultAudience,
                ["OIDC__CAFILE"] = authority.CaFile,
                ["OIDC__CLOCKSKEW"] = "00:00:05",
                ["OIDC__GRANTS__0__GROUP"] = OperatorGroup,
                ["OIDC__GRANTS__0__ROLE"] = "operator",
                ["OIDC__GRANTS__0__SOURCES"] = ControlPlaneOptions.SourceName,
                ["OIDC__GRANTS__1__SUBJECT"] = ViewerSubject,
                ["OIDC__GRANTS__1__ROLE"] = "viewer",
            },
        };
        var controlPlane = await scenario.StartAsync(options);
        return new OidcWorld(scenario, authority, issuer, controlPlane, issuerUrl);
    }

    /// <summary>Starts the issuer where the control plane expects it.</summary>
    public async Task<TestIssuer> StartIssuerAsync()
    {
        Issuer = await TestIssuer.StartAsync(Authority, new Uri(IssuerUrl).Port, TestContext.Current.CancellationToken);
        return Issuer;
    }

    public string Mint(TokenRequest request) => (Issuer ?? throw new InvalidOperationException("The issuer is not running.")).Mint(request);

    public async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var response = await ControlPlane.Anonymous.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), response);
    }

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, string token)
    {
        var (status, body, response) = await SendAsync(HttpMethod.Get, path, token);
        response.Dispose();
        return (status, body);
    }

    public async ValueTask DisposeAsync()
    {
        await Scenario.DisposeAsync();
        if (Issuer is not null)
        {
            await Issuer.DisposeAsync();
        }

        Authority.Dispose();
    }
}
