using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Resilience;

/// <summary>Log messages of supervised loops and the exit policy: event ids 3090-3099 of the control plane's range.</summary>
internal static partial class ResilienceLog
{
    [LoggerMessage(EventId = 3090, Level = LogLevel.Warning, Message = "{Loop}: cannot reach the {Dependency} (failure {Failures} since {Since:O}), retrying in {Delay}: {Reason}")]
    public static partial void Retrying(ILogger logger, string loop, Dependency dependency, int failures, DateTimeOffset since, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 3091, Level = LogLevel.Information, Message = "{Loop}: the {Dependency} answers again after {Duration} and {Failures} failures")]
    public static partial void Recovered(ILogger logger, string loop, Dependency dependency, TimeSpan duration, int failures);

    [LoggerMessage(EventId = 3092, Level = LogLevel.Critical, Message = "{Loop}: failed with an error that retrying cannot fix; the process stops with a non-zero exit code")]
    public static partial void Faulted(ILogger logger, Exception exception, string loop);

    [LoggerMessage(EventId = 3093, Level = LogLevel.Critical, Message = "Background service {Service} faulted; exiting with code {ExitCode}")]
    public static partial void ServiceFaulted(ILogger logger, Exception exception, string service, int exitCode);

    [LoggerMessage(EventId = 3094, Level = LogLevel.Critical, Message = "The database refuses the control plane's Database setting (SQLSTATE {SqlState}: {Reason}); fix the connection string, password, database name or grants. Exiting with code {ExitCode}")]
    public static partial void SettingsRefused(ILogger logger, string sqlState, string reason, int exitCode);

    [LoggerMessage(EventId = 3095, Level = LogLevel.Information, Message = "The database answers: started the {Count} services that need it after {Duration}")]
    public static partial void DeferredServicesStarted(ILogger logger, int count, TimeSpan duration);

    [LoggerMessage(EventId = 3099, Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: the database is unreachable ({Reason})")]
    public static partial void RequestWithoutDatabase(ILogger logger, string method, string path, string reason);
}
