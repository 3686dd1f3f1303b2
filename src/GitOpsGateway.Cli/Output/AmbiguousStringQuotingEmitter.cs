using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace GitOpsGateway.Cli.Output;

/// <summary>
/// Double-quotes the strings YamlDotNet would leave plain although other YAML readers take them for something
/// else: timestamps and dates (YAML 1.1: PyYAML, go-yaml v2), written <c>lastTransitionTime: "2026-11-26T17:10:39Z"</c>
/// as kubectl writes them, and numbers without a dot such as <c>1e3</c> or a commit prefix <c>1234e56</c> (YAML 1.2 core).
/// </summary>
internal sealed partial class AmbiguousStringQuotingEmitter(IEventEmitter nextEmitter) : ChainedEventEmitter(nextEmitter)
{
    public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
    {
        ArgumentNullException.ThrowIfNull(eventInfo);
        if (eventInfo.Source.Value is string text && (Timestamp().IsMatch(text) || CoreSchemaNumber().IsMatch(text)))
        {
            eventInfo.Style = ScalarStyle.DoubleQuoted;
        }

        base.Emit(eventInfo, emitter);
    }

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}([Tt ]|$)")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex CoreSchemaNumber();
}
