using System.Collections.Concurrent;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;

namespace Certfolio.Site.Stages;

/// <summary>The problems one build finds, from any thread; a stage that finds an error still completes.</summary>
internal sealed class BuildDiagnostics
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>In the order every command prints diagnostics: file, line, column, id.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => PortfolioLoader.Sort(_items);
}
