using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Validation;

namespace Certfolio.Core.Renewal;

/// <summary>
/// Says (CF0307, info) when a title names a known certifier's credential ("PMP", "CISSP", "AZ-104") but the
/// provider is none of that certifier's names, so no built-in rule applies: a provider written "Pearson VUE" or
/// "PMI Chapter Berlin" would otherwise quietly lose the renewal cycle and the credit target.
/// </summary>
public sealed class KnownTitleProviderRule : IValidationRule
{
    public void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (!credential.IsComplete || credential.Provider.Trim().Length == 0) return;
        if (CertifierPolicies.Match(credential) is not null || NamedInConfig(credential.Provider, context)) return;
        var row = CertifierPolicies.RowKnowingTitle(credential.Title);
        if (row is null || row.MatchesProvider(credential.Provider)) return;
        // "PMP Exam Prep" by Udemy is a course, rightly under its own provider: nothing to say.
        if (CertifierPolicies.NamesACourse(credential.Title)) return;
        diagnostics.Add(Descriptors.ProviderUnknownForTitle, credential.LocationOf("provider"),
            credential.Title, WithArticle(row.Certifier), credential.Provider, row.Id, string.Join(", ", row.Providers));
    }

    /// <summary>A provider the user gave its own policy in certfolio.yaml has been seen to: nothing to say.</summary>
    private static bool NamedInConfig(string provider, ValidationContext context) =>
        context.Config.Policies?.Entries.Any(e => CertifierPolicies.SameCertifier(e.Key, provider)) == true;

    /// <summary>"an AWS", "an ISC2 CISSP", "a PMI PMP", "a HashiCorp": an initialism is read out letter by letter.</summary>
    private static string WithArticle(string certifier)
    {
        var first = certifier.Split(' ')[0];
        var initialism = first.Length > 1 && first.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
        var vowelSound = initialism ? "AEFHILMNORSX".Contains(first[0], StringComparison.Ordinal) : "AEIOU".Contains(char.ToUpperInvariant(first[0]), StringComparison.Ordinal);
        return (vowelSound ? "an " : "a ") + certifier;
    }
}
