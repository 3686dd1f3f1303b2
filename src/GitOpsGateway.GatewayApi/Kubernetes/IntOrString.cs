namespace GitOpsGateway.GatewayApi.Kubernetes;

/// <summary>A Kubernetes int-or-string, e.g. a Service targetPort (8080 or "http").</summary>
public sealed record IntOrString
{
    private IntOrString(int? number, string? name)
    {
        Number = number;
        Name = name;
    }

    public int? Number { get; }

    public string? Name { get; }

    public static IntOrString FromNumber(int number) => new(number, null);

    public static IntOrString FromName(string name) => new(null, name);

    public override string ToString() => Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Name ?? string.Empty;
}
