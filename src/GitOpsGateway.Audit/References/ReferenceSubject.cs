namespace GitOpsGateway.Audit.References;

/// <summary>A hostname, a path or a backend Service whose history is asked for.</summary>
public sealed record ReferenceSubject
{
    private ReferenceSubject(ReferenceDimension dimension, string value)
    {
        Dimension = dimension;
        Value = value;
    }

    public ReferenceDimension Dimension { get; }

    public string Value { get; }

    /// <summary>"hostname:shop.example.com", "path:/api", "backend:shop/web": the indexed form.</summary>
    public string Key => For(Dimension, Value);

    /// <summary>
    /// The indexed forms whose rows answer for this subject: <see cref="Key"/>, and for an exact hostname also the
    /// keys of the wildcards and of <c>*</c> that can serve it (see <see cref="HostnamePatterns.Serving"/>).
    /// </summary>
    internal IReadOnlyList<string> MatchingKeys =>
        Dimension == ReferenceDimension.Hostname ? HostnamePatterns.Serving(Value).Select(pattern => For(Dimension, pattern)).ToList() : [Key];

    /// <summary>
    /// Hostnames compare case-insensitively; a trailing dot is ignored. An exact name is answered with the rows of
    /// every pattern that can serve it too; a pattern (<c>*.example.com</c>, <c>*</c>) with its own rows only.
    /// </summary>
    public static ReferenceSubject Hostname(string hostname)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostname);
        return new ReferenceSubject(ReferenceDimension.Hostname, NormalizeHostname(hostname));
    }

    /// <summary>The exact value of a path match ("/api"), whatever its match type.</summary>
    public static ReferenceSubject Path(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new ReferenceSubject(ReferenceDimension.Path, path);
    }

    public static ReferenceSubject Backend(string @namespace, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new ReferenceSubject(ReferenceDimension.Backend, $"{@namespace}/{name}");
    }

    public override string ToString() => Key;

    internal static string For(ReferenceDimension dimension, string value) => $"{dimension.ToString().ToLowerInvariant()}:{value}";

    /// <summary>The value of an indexed form: "*.example.com" for "hostname:*.example.com".</summary>
    internal static string ValueOf(string key) => key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];

    internal static string NormalizeHostname(string hostname) => hostname.TrimEnd('.').ToLowerInvariant();
}
