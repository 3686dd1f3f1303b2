using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>What the settings reader found worth a warning, logged once the host's logging exists.</summary>
internal static partial class SettingsLog
{
    public static void UnknownKeys(ILogger logger, IReadOnlyList<UnknownSettingKey> keys)
    {
        foreach (var key in keys)
        {
            UnknownKey(logger, key.Given, key.Closest);
        }
    }

    [LoggerMessage(EventId = 3040, Level = LogLevel.Warning, Message = "Setting {Key} is not one the control plane reads and is ignored; did you mean {Closest}?")]
    private static partial void UnknownKey(ILogger logger, string key, string closest);
}
