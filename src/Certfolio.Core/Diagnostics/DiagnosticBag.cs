using Certfolio.Core.Text;

namespace Certfolio.Core.Diagnostics;

/// <summary>Collects diagnostics for one unit of work (one file, or the cross-file rules).</summary>
public sealed class DiagnosticBag
{
    // Most documents have no problem, and a loaded portfolio keeps each one's diagnostics: no list until one is added.
    private List<Diagnostic>? _items;

    public IReadOnlyList<Diagnostic> Items => _items ?? (IReadOnlyList<Diagnostic>)[];

    public bool HasErrors => Items.Any(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => (_items ??= []).Add(diagnostic);

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        Add(Diagnostic.Create(descriptor, location, args));

    /// <summary>
    /// Quotes, from <paramref name="text"/>, the line of each diagnostic in <paramref name="filePath"/>: called by the
    /// stage that holds a file's text once it has checked the file, so only a file with a problem pays.
    /// </summary>
    public void QuoteFrom(string filePath, SourceText? text)
    {
        if (_items is null || text is null) return;
        for (var i = 0; i < _items.Count; i++)
        {
            if (string.Equals(_items[i].Location.FilePath, filePath, StringComparison.Ordinal)) _items[i] = _items[i].QuotedFrom(text);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Add(diagnostic);
    }
}
