namespace GitOpsGateway.Audit.Queries;

/// <summary>Which page of a list: <see cref="Number"/> counts from 1; lists are oldest first unless <see cref="NewestFirst"/>.</summary>
public sealed record PageRequest
{
    public const int MaxSize = 500;

    public static PageRequest First { get; } = new();

    public int Number { get; init; } = 1;

    public int Size { get; init; } = 50;

    public bool NewestFirst { get; init; }

    internal int Skip => (Number - 1) * Size;

    internal void Validate()
    {
        if (Number < 1 || Size < 1 || Size > MaxSize)
        {
            throw new ArgumentOutOfRangeException(nameof(PageRequest), this, $"A page number counts from 1 and a page holds 1 to {MaxSize} items.");
        }
    }
}
