using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using GitOpsGateway.Testing.Echo;
using GitOpsGateway.Testing.Processes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.FaultInjection.Tests.Support;

/// <summary>
/// A real Git remote over HTTPS: Kestrel runs <c>git http-backend</c> (smart HTTP, as CGI) for the bare
/// repositories under a folder, and can dribble its answers (<see cref="ChunkDelay"/> between chunks of
/// <see cref="ChunkSize"/> bytes) to play a slow remote. Clients trust it through <see cref="CertificateFile"/>
/// (OpenSSL's <c>SSL_CERT_FILE</c>). Stopping it leaves its port refusing connections; it can start again on the same port.
/// </summary>
internal sealed class SlowGitHttpsServer : IAsyncDisposable
{
    private readonly string projectRoot;
    private readonly X509Certificate2 certificate = SelfSignedCertificate.Create(["localhost"]);
    private WebApplication? application;
    private int requests;

    private SlowGitHttpsServer(string projectRoot, string certificateFile)
    {
        this.projectRoot = projectRoot;
        CertificateFile = certificateFile;
    }

    public int Port { get; } = FreePort.Next();

    public string CertificateFile { get; }

    public TimeSpan ChunkDelay { get; set; }

    public int ChunkSize { get; set; } = 64 * 1024;

    /// <summary>Requests answered so far.</summary>
    public int Requests => requests;

    public static async Task<SlowGitHttpsServer> StartAsync(string projectRoot, string stateDirectory)
    {
        var certificateFile = Path.Combine(stateDirectory, "git-remote.pem");
        var server = new SlowGitHttpsServer(projectRoot, certificateFile);
        await File.WriteAllTextAsync(certificateFile, server.certificate.ExportCertificatePem(), TestContext.Current.CancellationToken);
        await server.StartAsync();
        return server;
    }

    public Uri RepositoryUrl(string name) => new($"https://127.0.0.1:{Port}/{name}");

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Port, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        app.Run(ServeAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        application = app;
    }

    /// <summary>Stops answering: the port refuses connections until <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (application is not null)
        {
            await application.StopAsync(CancellationToken.None);
            await application.DisposeAsync();
            application = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        certificate.Dispose();
    }

    private async Task ServeAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var startInfo = new ProcessStartInfo("git", ["http-backend"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["GIT_PROJECT_ROOT"] = projectRoot;
        startInfo.Environment["GIT_HTTP_EXPORT_ALL"] = "1";
        startInfo.Environment["REQUEST_METHOD"] = context.Request.Method;
        startInfo.Environment["PATH_INFO"] = context.Request.Path.Value;
        startInfo.Environment["QUERY_STRING"] = context.Request.QueryString.Value?.TrimStart('?') ?? string.Empty;
        startInfo.Environment["CONTENT_TYPE"] = context.Request.ContentType ?? string.Empty;
        startInfo.Environment["CONTENT_LENGTH"] = body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        startInfo.Environment["REMOTE_ADDR"] = "127.0.0.1";
        startInfo.Environment["HTTP_GIT_PROTOCOL"] = context.Request.Headers["Git-Protocol"].ToString();
        startInfo.Environment["HTTP_CONTENT_ENCODING"] = context.Request.Headers.ContentEncoding.ToString();
        using var process = Process.Start(startInfo)!;
        var errors = process.StandardError.ReadToEndAsync(context.RequestAborted);
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, context.RequestAborted);
        await process.StandardInput.BaseStream.WriteAsync(body.ToArray(), context.RequestAborted);
        process.StandardInput.Close();
        await copy;
        await process.WaitForExitAsync(context.RequestAborted);
        _ = await errors;
        await WriteCgiAnswerAsync(context, output.ToArray());
    }

    private async Task WriteCgiAnswerAsync(HttpContext context, byte[] answer)
    {
        var headerEnd = IndexOf(answer, "\r\n\r\n"u8, out var separator);
        var headers = Encoding.ASCII.GetString(answer, 0, headerEnd).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var header in headers)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = (header[..colon].Trim(), header[(colon + 1)..].Trim());
            if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = int.Parse(value.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                context.Response.Headers[name] = value;
            }
        }

        for (var offset = headerEnd + separator; offset < answer.Length; offset += ChunkSize)
        {
            if (ChunkDelay > TimeSpan.Zero)
            {
                await Task.Delay(ChunkDelay, context.RequestAborted);
            }

            await context.Response.Body.WriteAsync(answer.AsMemory(offset, Math.Min(ChunkSize, answer.Length - offset)), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    }

    private static int IndexOf(byte[] answer, ReadOnlySpan<byte> crlf, out int separator)
    {
        var index = answer.AsSpan().IndexOf(crlf);
        if (index >= 0)
        {
            separator = crlf.Length;
            return index;
        }

        separator = 2;
        index = answer.AsSpan().IndexOf("\n\n"u8);
        return index >= 0 ? index : throw new InvalidOperationException("git http-backend wrote no header block: " + Encoding.UTF8.GetString(answer));
    }
}
