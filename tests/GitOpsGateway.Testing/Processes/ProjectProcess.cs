using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace GitOpsGateway.Testing.Processes;

/// <summary>
/// A child process (one of the project's built executables, or any command) whose stdout and stderr are
/// captured line by line. Disposal always stops it and every process it started.
/// </summary>
public sealed class ProjectProcess : IAsyncDisposable
{
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly AwaitableLog<string> lines = new();
    private int openStreams = 2;

    private ProjectProcess(Process process, string commandLine)
    {
        this.process = process;
        CommandLine = commandLine;
    }

    /// <summary>The build configuration this harness was compiled in, which is the one its tests run.</summary>
    public static string BuildConfiguration { get; } =
        typeof(ProjectProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public string CommandLine { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Valid once the process has exited.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>Lines printed so far on stdout and stderr, in arrival order.</summary>
    public IReadOnlyList<string> Lines => lines.Snapshot();

    public string Output => string.Join('\n', lines.Snapshot());

    /// <summary>Runs <c>dotnet src/&lt;projectName&gt;/bin/&lt;Configuration&gt;/net10.0/&lt;entry&gt;.dll arguments</c>.</summary>
    public static ProjectProcess StartProject(
        string projectName,
        IEnumerable<string> arguments,
        ProjectProcessOptions? options = null)
    {
        options ??= new ProjectProcessOptions();
        var repositoryRoot = RepositoryRoot.Find();
        var entryAssembly = ProjectOutput.FindEntryAssembly(
            repositoryRoot, projectName, options.Configuration ?? BuildConfiguration);
        return StartAssembly(
            entryAssembly, arguments, options with { WorkingDirectory = options.WorkingDirectory ?? repositoryRoot });
    }

    /// <summary>Runs <c>dotnet &lt;assemblyPath&gt; arguments</c> with the same .NET host that runs the tests.</summary>
    public static ProjectProcess StartAssembly(
        string assemblyPath,
        IEnumerable<string> arguments,
        ProjectProcessOptions? options = null) =>
        Start(DotnetHostPath(), [assemblyPath, .. arguments], options);

    public static ProjectProcess Start(string fileName, IEnumerable<string> arguments, ProjectProcessOptions? options = null)
    {
        options ??= new ProjectProcessOptions();
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = options.WorkingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // A host started from a large folder would otherwise spend seconds setting up config file watches.
        startInfo.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        foreach (var (name, value) in options.Environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo };
        var child = new ProjectProcess(process, string.Join(' ', [fileName, .. startInfo.ArgumentList]));
        process.OutputDataReceived += (_, line) => child.OnLine(line.Data);
        process.ErrorDataReceived += (_, line) => child.OnLine(line.Data);
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public Task<string> WaitForLineAsync(string substring, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForLineAsync(line => line.Contains(substring, StringComparison.Ordinal), $"a line containing \"{substring}\"", timeout, cancellationToken);

    public Task<string> WaitForLineAsync(Regex pattern, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return WaitForLineAsync(pattern.IsMatch, $"a line matching /{pattern}/", timeout, cancellationToken);
    }

    /// <summary>Polls the URL until it answers with a success status.</summary>
    public async Task WaitForHttpAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        var lastFailure = "no answer yet";
        try
        {
            do
            {
                if (process.HasExited)
                {
                    throw Failure($"exited with code {process.ExitCode} before {url} answered");
                }

                try
                {
                    using var response = await client.GetAsync(url, deadline.Token).ConfigureAwait(false);
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }

                    lastFailure = $"status {(int)response.StatusCode}";
                }
                catch (HttpRequestException exception)
                {
                    lastFailure = exception.Message;
                }
                catch (OperationCanceledException) when (!deadline.IsCancellationRequested)
                {
                    lastFailure = $"no answer within {client.Timeout.TotalSeconds} s";
                }
            }
            while (await poll.WaitForNextTickAsync(deadline.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(Failure($"did not answer at {url} within {timeout} (last: {lastFailure})").Message);
        }
    }

    /// <summary>Sends SIGINT, as Ctrl-C in a terminal does.</summary>
    public void Interrupt() => UnixSignals.Interrupt(process.Id);

    /// <summary>Sends SIGTERM, as a service manager or Kubernetes does to stop a process gracefully.</summary>
    public void Terminate() => UnixSignals.Terminate(process.Id);

    /// <summary>Sends SIGKILL to the process and everything it started.</summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException) when (process.HasExited)
        {
            // Already gone: nothing left to kill.
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        try
        {
            await process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(Failure($"did not exit within {timeout}").Message);
        }

        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        try
        {
            await process.WaitForExitAsync().WaitAsync(ExitGrace).ConfigureAwait(false);
        }
        finally
        {
            process.Dispose();
        }
    }

    private static string DotnetHostPath()
    {
        // `dotnet test` tells its children which host runs it; otherwise trust PATH.
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return fromSdk is not null && File.Exists(fromSdk) ? fromSdk : "dotnet";
    }

    private async Task<string> WaitForLineAsync(
        Func<string, bool> condition,
        string description,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        try
        {
            return await lines.WaitForAsync(condition, timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(Failure($"printed no {description} within {timeout}").Message);
        }
        catch (InvalidOperationException)
        {
            throw Failure($"closed its output without printing {description}");
        }
    }

    private void OnLine(string? line)
    {
        if (line is not null)
        {
            lines.Append(line);
        }
        else if (Interlocked.Decrement(ref openStreams) == 0)
        {
            lines.Complete("the process closed stdout and stderr");
        }
    }

    private InvalidOperationException Failure(string what)
    {
        var captured = lines.Snapshot();
        var tail = string.Join('\n', captured.Skip(Math.Max(0, captured.Count - 40)));
        return new InvalidOperationException($"`{CommandLine}` {what}. Last output:\n{tail}");
    }
}
