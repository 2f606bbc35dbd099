using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;

namespace Certfolio.Core.Validation;

/// <summary>A credentialId names one credential; both places of a clash are reported.</summary>
public sealed class UniqueCredentialIdRule : IPortfolioRule
{
    public void Validate(IReadOnlyList<Credential> credentials, ValidationContext context, DiagnosticBag diagnostics)
    {
        // Nearly always there is no clash: one pass over a set says so without grouping every credential (serve runs this on each edit).
        var seen = new HashSet<string>(credentials.Count, StringComparer.Ordinal);
        if (credentials.All(c => string.IsNullOrWhiteSpace(c.CredentialId) || seen.Add(c.CredentialId.Trim()))) return;
        foreach (var group in credentials.Where(c => !string.IsNullOrWhiteSpace(c.CredentialId)).GroupBy(c => c.CredentialId!.Trim(), StringComparer.Ordinal))
        {
            if (group.Count() < 2) continue;
            foreach (var credential in group)
            {
                var others = string.Join(", ", group.Where(o => o != credential).Select(o => o.RelativePath));
                diagnostics.Add(Descriptors.DuplicateCredentialId, credential.LocationOf("credentialId"), group.Key, others);
            }
        }
    }
}
