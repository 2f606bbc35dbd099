using System.Collections.ObjectModel;
using Certfolio.Core.Documents;
using Certfolio.Core.Text;

namespace Certfolio.Core.Model;

/// <summary>
/// A validated certification: the typed view of one document. Unknown front matter keys are kept in
/// <see cref="Extra"/> as plain values (string, long, double, bool, null, lists and dictionaries) so themes can use them.
/// </summary>
public sealed record Credential
{
    /// <summary>The document's path relative to the portfolio root; its body, when the portfolio keeps it, is in <see cref="Portfolios.Portfolio.Bodies"/>.</summary>
    public required string RelativePath { get; init; }
    /// <summary>False when a required value was missing or invalid: such a credential is checked but never published.</summary>
    public bool IsComplete { get; init; } = true;
    /// <summary>URL-safe name from the file name: the page is /certifications/&lt;slug&gt;/.</summary>
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required DateOnly Issued { get; init; }
    public required string Provider { get; init; }
    public string? Description { get; init; }
    public string? CredentialId { get; init; }
    /// <summary>The expiry as written: for a date known to the month, the first day of that month.</summary>
    public DateOnly? Expires { get; init; }
    /// <summary>How precisely <see cref="Issued"/> and <see cref="Expires"/> are known (<c>datePrecision</c>).</summary>
    public DatePrecision DatePrecision { get; init; } = DatePrecision.Day;
    /// <summary>
    /// The last day the credential is valid: <see cref="Expires"/>, or for an expiry known to the month (year) the
    /// last day of that month (year). Status, calendar and exports count from this, never from the first day.
    /// </summary>
    public DateOnly? ValidThrough => Expires is { } expires ? DatePeriod.LastDay(expires, DatePrecision) : null;
    public string? VerificationUrl { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];
    public string? Level { get; init; }
    public Logo? Logo { get; init; }
    /// <summary>False when the owner lets this credential lapse on purpose (<c>renew: false</c>): never alerted.</summary>
    public bool Renew { get; init; } = true;
    /// <summary>The raw <c>renewal:</c> block, bound by the tracking stage.</summary>
    public FrontMatterMapping? Renewal { get; init; }
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = ReadOnlyDictionary<string, object?>.Empty;
    /// <summary>Where each canonical key's value is written, so later rules can point at the whole value.</summary>
    public FieldSpans Spans { get; init; }

    /// <summary>Where a canonical key's value is written; the file's start when it is not.</summary>
    public SourceLocation LocationOf(string canonicalKey) =>
        Spans[canonicalKey] is { IsKnown: true } span
            ? SourceLocation.At(RelativePath, span)
            : SourceLocation.FileStart(RelativePath);
}
