namespace GitOpsGateway.RouteTables.Diffing;

/// <summary>Collects "aspect before -> after" notes for the aspects that differ between two versions of an item.</summary>
internal sealed class ChangeNotes
{
    private readonly List<string> _notes = [];

    public bool IsEmpty => _notes.Count == 0;

    public void Compare<T>(string aspect, T before, T after, Func<T, string> render)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            var renderedBefore = render(before);
            var renderedAfter = render(after);
            _notes.Add(renderedBefore == renderedAfter
                ? $"{aspect} changed ({renderedAfter})"
                : $"{aspect} {renderedBefore} -> {renderedAfter}");
        }
    }

    public override string ToString() => string.Join("; ", _notes);
}
