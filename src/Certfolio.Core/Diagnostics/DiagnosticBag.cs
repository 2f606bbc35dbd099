using Certfolio.Core.Text;

namespace Certfolio.Core.Diagnostics;

/// <summary>Collects diagnostics for one unit of work (one file, or the cross-file rules).</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        _items.Add(Diagnostic.Create(descriptor, location, args));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
