using Certfolio.Core.Documents;

namespace Certfolio.Core.Binding;

/// <summary>
/// An unknown front matter key that looks like a key Certfolio reads: <paramref name="Intended"/> is the name the
/// portfolio expects (after <c>fields:</c>), <paramref name="Canonical"/> the key it stands for, and
/// <paramref name="CaseOnly"/> says the two differ only by case (<c>ExpiryDate</c> for <c>expiryDate</c>).
/// </summary>
public sealed record KeySuggestion(FrontMatterEntry Entry, string Intended, string Canonical, bool CaseOnly);
