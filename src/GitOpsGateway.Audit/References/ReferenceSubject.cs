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

    /// <summary>Hostnames compare case-insensitively; a trailing dot is ignored.</summary>
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

    internal static string NormalizeHostname(string hostname) => hostname.TrimEnd('.').ToLowerInvariant();
}
