namespace Certfolio.Core.Portfolios;

/// <summary>
/// What a portfolio is loaded for, which decides what it holds beyond its credentials and diagnostics. Every purpose
/// checks the same way and reports the same diagnostics (each quoting its line); what differs is what the collector
/// must keep alive afterwards (docs/architecture.md, docs/performance.md).
/// </summary>
public enum LoadPurpose
{
    /// <summary>
    /// A report (<c>check</c>, <c>status</c>, <c>calendar</c>, <c>export</c>, <c>new</c>): no text and no front matter
    /// tree is kept; each document is decoded into a pooled buffer returned once it is validated. <see cref="Portfolio.Bodies"/> is empty.
    /// </summary>
    Report,

    /// <summary>A site build (<c>build</c>, <c>serve</c>): every body is kept (<see cref="Portfolio.Bodies"/>), front matter trees are not.</summary>
    Build,

    /// <summary>
    /// A patch of files in place (<c>import</c>): every document is kept whole, its text and its front matter tree
    /// (<see cref="Portfolio.Documents"/>), and so is every body.
    /// </summary>
    Patch,
}
