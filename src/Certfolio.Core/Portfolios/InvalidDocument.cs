using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;

namespace Certfolio.Core.Portfolios;

/// <summary>
/// A document that did not load as a credential: kept as a value, so reports that list credentials (status, the
/// calendar) can list it too, instead of letting a typo silence an alert. Whatever could still be read is kept:
/// an expiry date that bound, though another field did not, still counts.
/// </summary>
public sealed record InvalidDocument(string RelativePath, Diagnostic FirstError)
{
    /// <summary>The title, when it bound; reports fall back to the file name.</summary>
    public string? Title { get; init; }
    public string? Provider { get; init; }
    /// <summary>The expiry date, when it was readable although the document is not.</summary>
    public DateOnly? Expires { get; init; }
    /// <summary>False when the document says <c>renew: false</c>: its expiry then never alerts.</summary>
    public bool Renew { get; init; } = true;

    /// <summary>What reports call it: its title, else its file name.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Title) ? RelativePath : Title;

    /// <summary>
    /// The invalid document among one file's load results, or null when the file loaded. A file is invalid when it
    /// has an error and no complete credential, or when its <c>expiryDate</c> is written but unreadable: such a
    /// credential binds without an expiry, and would otherwise be reported as one that never expires.
    /// <paramref name="diagnostics"/> are the file's own, in any order.
    /// </summary>
    public static InvalidDocument? From(string relativePath, Credential? credential, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0) return null;
        var errors = diagnostics.Where(d => d.Severity == Severity.Error)
            .OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
        if (errors.Length == 0) return null;
        if (credential is { IsComplete: true } && !HasUnreadableExpiry(credential, errors)) return null;
        var first = errors[0];
        return new InvalidDocument(relativePath, first)
        {
            Title = string.IsNullOrEmpty(credential?.Title) ? null : credential.Title,
            Provider = string.IsNullOrEmpty(credential?.Provider) ? null : credential.Provider,
            Expires = credential?.Expires,
            Renew = credential?.Renew ?? true,
        };
    }

    /// <summary>Whether the credential names an expiry date that did not bind (an error sits at its value).</summary>
    public static bool HasUnreadableExpiry(Credential credential, IEnumerable<Diagnostic> errors)
    {
        if (credential.Expires is not null || !credential.Spans.ExpiryDate.IsKnown) return false;
        var at = credential.LocationOf("expiryDate");
        return errors.Any(d => d.Severity == Severity.Error && d.Location == at);
    }
}
