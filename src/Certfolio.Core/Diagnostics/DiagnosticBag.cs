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

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Add(diagnostic);
    }
}
