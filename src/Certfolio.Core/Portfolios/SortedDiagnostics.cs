using Certfolio.Core.Diagnostics;

namespace Certfolio.Core.Portfolios;

/// <summary>
/// The last diagnostics a long-lived portfolio sorted (<c>serve</c>'s, <see cref="PortfolioLoader.Assemble"/>): an
/// edit rarely changes any diagnostic, and the same ones in the same order sort to the same list as last time.
/// Used by one assembling thread at a time.
/// </summary>
public sealed class SortedDiagnostics
{
    private List<Diagnostic>? _from;
    private IReadOnlyList<Diagnostic> _sorted = [];

    /// <summary><paramref name="diagnostics"/> sorted as <see cref="PortfolioLoader.Sort"/> sorts them; the last list when they are the same.</summary>
    public IReadOnlyList<Diagnostic> Of(List<Diagnostic> diagnostics)
    {
        if (_from is null || !diagnostics.SequenceEqual(_from))
        {
            _from = diagnostics;
            _sorted = PortfolioLoader.Sort(diagnostics);
        }
        return _sorted;
    }
}
