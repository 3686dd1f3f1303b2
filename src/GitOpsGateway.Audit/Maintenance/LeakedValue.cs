using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GitOpsGateway.GatewayApi.Kubernetes;

namespace GitOpsGateway.Audit.Maintenance;

/// <summary>
/// A value to mask and the forms stored JSON may hold it in: as written, JSON-escaped inside a nested JSON string
/// (an annotation holding a manifest), and base64-encoded at the start of a longer encoded value. Base64 strings
/// that hold the value elsewhere are decoded by <see cref="LeakMasker"/> instead.
/// </summary>
public sealed record LeakedValue
{
    private LeakedValue(string text)
    {
        Text = text;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        var alignedBase64 = base64[..(Encoding.UTF8.GetByteCount(text) / 3 * 4)];
        Forms = new[]
            {
                text,
                JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
                JsonEncodedText.Encode(text).ToString(),
                base64,
                alignedBase64,
            }
            .Where(form => form.Length >= MinimumLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(form => form.Length)
            .ToList();
    }

    /// <summary>Shorter values would mask ordinary words of unrelated documents.</summary>
    public const int MinimumLength = 8;

    public string Text { get; }

    /// <summary>Lower-case hex SHA-256 of the value's UTF-8 bytes: how the journal names it.</summary>
    public string Sha256 { get; }

    /// <summary>What replaces every occurrence: the Secret redaction marker, so a masked Secret value still loads as a present key.</summary>
    public string Marker => Secret.RedactedPrefix + Sha256;

    /// <summary>Longest first, so a form is replaced before a shorter form inside it.</summary>
    public IReadOnlyList<string> Forms { get; }

    /// <summary>The value of a file: its text without the line break an editor adds at the end.</summary>
    public static LeakedValue FromFileText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.TrimEnd('\r', '\n');
        if (value.Length < MinimumLength)
        {
            throw new ArgumentException($"A value to mask needs at least {MinimumLength} characters; shorter ones would match unrelated text.", nameof(text));
        }

        return new LeakedValue(value);
    }
}
