using System.Text;

namespace GitOpsGateway.FaultInjection.Tests.Corpus;

/// <summary>Bytes that are not the UTF-8 text a manifest should be: broken sequences, byte order marks, control characters.</summary>
internal static partial class HostileCorpus
{
    private static IEnumerable<HostileInput> Encodings()
    {
        const string Class = "encodings-and-boms";
        byte[] utf8Bom = [0xEF, 0xBB, 0xBF];
        yield return Added(Class, "invalid-byte-ff", Bytes(Route("invalid-byte-ff").Replace("corpus.example.com", "corpus\u0001", StringComparison.Ordinal)[..40], new byte[] { 0xFF, 0xFE, 0xFD }, "\n"));
        yield return Added(Class, "invalid-utf8-in-name", Bytes("apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: bad-", new byte[] { 0xC3, 0x28 }, "\n  namespace: shop\n"));
        yield return Added(Class, "overlong-nul", Bytes(Route("overlong-nul", extraMetadata: "\n  annotations:\n    note: \""), new byte[] { 0xC0, 0x80 }, "\"\n"));
        yield return Added(Class, "lone-continuation-bytes", Bytes(Route("lone-continuation-bytes"), "extra: \"", new byte[] { 0x80, 0x81, 0xBF }, "\"\n"));
        yield return Added(Class, "truncated-multibyte-at-end", Bytes(Route("truncated-multibyte-at-end"), "extra: x", new byte[] { 0xE2, 0x82 }));
        yield return Added(Class, "encoded-surrogate", Bytes(Route("encoded-surrogate"), "extra: \"", new byte[] { 0xED, 0xA0, 0x80 }, "\"\n"));
        yield return Added(Class, "utf8-bom", Bytes(utf8Bom, Route("utf8-bom")));
        yield return Added(Class, "utf8-bom-twice", Bytes(utf8Bom, utf8Bom, Route("utf8-bom-twice")));
        yield return Added(Class, "utf8-bom-mid-file", Bytes(Route("utf8-bom-mid-file-a"), "---\n", utf8Bom, Route("utf8-bom-mid-file")));
        yield return Added(Class, "utf8-bom-inside-scalar", Bytes(Route("utf8-bom-inside-scalar", extraMetadata: "\n  annotations:\n    note: \"a"), utf8Bom, "b\"\n"));
        yield return Added(Class, "utf16-le-bom", Bytes(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes(Route("utf16-le-bom"))));
        yield return Added(Class, "utf16-be-bom", Bytes(new byte[] { 0xFE, 0xFF }, Encoding.BigEndianUnicode.GetBytes(Route("utf16-be-bom"))));
        yield return Added(Class, "utf16-le-without-bom", Encoding.Unicode.GetBytes(Route("utf16-le-without-bom")));
        yield return Added(Class, "utf32-le-bom", Bytes(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes(Route("utf32-le-bom"))));
        yield return Added(Class, "utf32-be-bom", Bytes(new byte[] { 0x00, 0x00, 0xFE, 0xFF }, new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(Route("utf32-be-bom"))));
        yield return Added(Class, "latin1-text", Encoding.Latin1.GetBytes(Route("latin1-text", extraMetadata: "\n  annotations:\n    note: \"caf\u00e9 \u00e0 la cr\u00e8me\"")));
        yield return Added(Class, "random-binary", Enumerable.Range(0, 4096).Select(index => (byte)((index * 7919 + 13) % 256)).ToArray());
    }

    private static IEnumerable<HostileInput> ControlCharacters()
    {
        const string Class = "control-characters";
        yield return Added(Class, "nul-in-scalar", Route("nul-in-scalar", extraMetadata: "\n  annotations:\n    note: \"a\0b\""));
        yield return Added(Class, "nul-in-key", Route("nul-in-key", extraMetadata: "\n  labels:\n    a\0b: v"));
        yield return Added(Class, "nul-between-documents", Route("nul-between-documents-a") + "\0\n---\n" + Route("nul-between-documents"));
        yield return Added(Class, "nul-only", new byte[1024]);
        yield return Added(Class, "escaped-nul-in-double-quotes", Route("escaped-nul-in-double-quotes", extraMetadata: "\n  annotations:\n    note: \"a\\0b\\x00c\\u0000d\""));
        yield return Added(Class, "nul-in-name", Route("nul-in-name").Replace("name: nul-in-name", "name: \"nul-in\\0name\"", StringComparison.Ordinal));
        yield return Added(Class, "c0-controls-in-scalar", Route("c0-controls-in-scalar", extraMetadata: "\n  annotations:\n    note: \"" + string.Concat(Enumerable.Range(1, 31).Where(code => code is not 9 and not 10 and not 13).Select(code => (char)code)) + "\""));
        yield return Added(Class, "escape-sequences-in-hostname", Route("escape-sequences-in-hostname", host: "\\e[31mred\\e[0m.example.com"));
        yield return Added(Class, "delete-character", Route("delete-character", extraMetadata: "\n  annotations:\n    note: \"a\u007fb\""));
        yield return Added(Class, "c1-controls", Route("c1-controls", extraMetadata: "\n  annotations:\n    note: \"a\u0085b\u009bc\""));
        yield return Added(Class, "line-and-paragraph-separators", Route("line-and-paragraph-separators", extraMetadata: "\n  annotations:\n    note: a\u2028b\u2029c"));
        yield return Added(Class, "tab-indentation", Route("tab-indentation").Replace("\n  name:", "\n\tname:", StringComparison.Ordinal));
        yield return Added(Class, "carriage-returns-only", Route("carriage-returns-only").Replace('\n', '\r'));
        yield return Added(Class, "mixed-line-endings", Route("mixed-line-endings").Replace("\n  ", "\r\n  ", StringComparison.Ordinal));
        yield return Added(Class, "bidi-override-in-name", Route("bidi-override-in-name").Replace("name: bidi-override-in-name", "name: \"bidi\u202Eeman\"", StringComparison.Ordinal));
        yield return Added(Class, "zero-width-in-hostname", Route("zero-width-in-hostname", host: "shop\u200b.example.com"));
    }
}
