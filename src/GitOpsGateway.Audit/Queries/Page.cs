namespace GitOpsGateway.Audit.Queries;

/// <summary>One page of a list, and whether a next page has anything.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, bool HasMore)
{
    /// <summary>Builds a page from up to <c>Size + 1</c> items read from the database: the extra one only says there is more.</summary>
    internal static Page<T> From(IReadOnlyList<T> itemsAndOneMore, PageRequest request) =>
        new([.. itemsAndOneMore.Take(request.Size)], request.Number, request.Size, itemsAndOneMore.Count > request.Size);
}
