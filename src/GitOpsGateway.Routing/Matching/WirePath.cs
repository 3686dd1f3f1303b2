using System.Buffers;
using System.Globalization;
using System.Text;

namespace GitOpsGateway.Routing.Matching;

/// <summary>
/// The two forms of a request path. Matching uses the <em>decoded</em> form, as Kestrel exposes it: every
/// percent-encoding decoded except <c>%2F</c>, which stays as written, so an encoded slash is data inside one path
/// element and never a separator. Forwarding and redirects use the <em>wire</em> form: the request target as the
/// client sent it, dot segments resolved, every element keeping its own encoding. Both forms have the same
/// elements, so an element count found on one (a matched prefix) cuts the other at the same place.
/// </summary>
public static class WirePath
{
    // RFC 3986 pchar without '%': what may stand unescaped in a path element.
    private static readonly SearchValues<char> PathCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The wire form of a request's path, from its raw target (origin form <c>/p?q</c> or absolute form
    /// <c>http://h/p?q</c>): dot segments (also encoded ones, <c>%2E%2E</c>) resolved as RFC 3986 says.
    /// </summary>
    /// <returns>
    /// The wire path, or null when the raw target has no path or does not decode to <paramref name="decodedPath"/>
    /// (the server normalised it in a way this does not know); the caller then escapes the decoded path instead.
    /// </returns>
    public static string? FromRawTarget(string? rawTarget, string? decodedPath)
    {
        if (string.IsNullOrEmpty(rawTarget) || decodedPath is null)
        {
            return null;
        }

        var path = rawTarget.AsSpan();
        if (path[0] != '/')
        {
            var scheme = path.IndexOf("://", StringComparison.Ordinal);
            if (scheme < 0)
            {
                return null;
            }

            var rest = path[(scheme + 3)..];
            var slash = rest.IndexOfAny('/', '?');
            path = slash < 0 || rest[slash] == '?' ? "/" : rest[slash..];
        }

        var query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }

        // Only printable ASCII goes on the wire as written; anything else is escaped from the decoded form instead.
        if (path.ContainsAnyExceptInRange('!', '~'))
        {
            return null;
        }

        var resolved = ResolveDotSegments(path);
        return string.Equals(Decode(resolved), string.IsNullOrEmpty(decodedPath) ? "/" : decodedPath, StringComparison.Ordinal)
            ? resolved
            : null;
    }

    /// <summary>Decodes every percent-encoding but <c>%2F</c>; a sequence that is not valid UTF-8 is left as written.</summary>
    public static string Decode(string path)
    {
        if (!path.Contains('%', StringComparison.Ordinal))
        {
            return path;
        }

        var builder = new StringBuilder(path.Length);
        var bytes = new List<byte>();
        var index = 0;
        while (index < path.Length)
        {
            if (!IsEscape(path, index) || IsEncodedSlash(path, index))
            {
                builder.Append(path[index]);
                index++;
                continue;
            }

            // A run of escapes decodes together: one character may take several UTF-8 bytes.
            var start = index;
            bytes.Clear();
            while (IsEscape(path, index) && !IsEncodedSlash(path, index))
            {
                bytes.Add(byte.Parse(path.AsSpan(index + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                index += 3;
            }

            try
            {
                builder.Append(StrictUtf8.GetString([.. bytes]));
            }
            catch (DecoderFallbackException)
            {
                builder.Append(path, start, index - start);
            }
        }

        return builder.ToString();
    }

    /// <summary>The wire form of a decoded path, for a request whose raw target is not known.</summary>
    public static string Escape(string decodedPath)
    {
        var builder = new StringBuilder(decodedPath.Length + 8);
        var index = 0;
        while (index < decodedPath.Length)
        {
            var character = decodedPath[index];
            if (IsEncodedSlash(decodedPath, index))
            {
                // Already in wire form: the decoded form keeps an encoded slash as written.
                builder.Append(decodedPath, index, 3);
                index += 3;
            }
            else if (character == '/' || PathCharacters.Contains(character))
            {
                builder.Append(character);
                index++;
            }
            else
            {
                var length = char.IsHighSurrogate(character) && index + 1 < decodedPath.Length ? 2 : 1;
                foreach (var value in Encoding.UTF8.GetBytes(decodedPath.ToCharArray(index, length)))
                {
                    builder.Append('%').Append(value.ToString("X2", CultureInfo.InvariantCulture));
                }

                index += length;
            }
        }

        return builder.ToString();
    }

    /// <summary>The position just after the first <paramref name="elements"/> elements (each one '/' and what follows).</summary>
    public static int AfterElements(string path, int elements)
    {
        var position = 0;
        for (var counted = 0; counted < elements; counted++)
        {
            var next = path.IndexOf('/', position + 1);
            if (next < 0)
            {
                return path.Length;
            }

            position = next;
        }

        return position;
    }

    private static string ResolveDotSegments(ReadOnlySpan<char> path)
    {
        var output = new List<string>();
        var trailingSlash = false;
        foreach (var range in path.Split('/'))
        {
            var element = path[range];
            if (range.Start.Value == 0 && element.IsEmpty)
            {
                continue;
            }

            var dots = DotCount(element);
            trailingSlash = dots > 0;
            if (dots == 2 && output.Count > 0)
            {
                output.RemoveAt(output.Count - 1);
            }
            else if (dots == 0)
            {
                output.Add(element.ToString());
            }
        }

        var resolved = "/" + string.Join('/', output);
        return trailingSlash && output.Count > 0 ? resolved + "/" : resolved;
    }

    /// <summary>1 for <c>.</c>, 2 for <c>..</c> (either written as <c>%2E</c>), 0 for any other element.</summary>
    private static int DotCount(ReadOnlySpan<char> element)
    {
        var dots = 0;
        var index = 0;
        while (index < element.Length)
        {
            if (element[index] == '.')
            {
                index++;
            }
            else if (element[index..].StartsWith("%2E", StringComparison.OrdinalIgnoreCase))
            {
                index += 3;
            }
            else
            {
                return 0;
            }

            dots++;
        }

        return dots is 1 or 2 ? dots : 0;
    }

    private static bool IsEscape(string path, int index) =>
        index + 2 < path.Length && path[index] == '%' && char.IsAsciiHexDigit(path[index + 1]) && char.IsAsciiHexDigit(path[index + 2]);

    private static bool IsEncodedSlash(string path, int index) =>
        index + 2 < path.Length && path[index] == '%' && path[index + 1] == '2' && (path[index + 2] is 'F' or 'f');
}
