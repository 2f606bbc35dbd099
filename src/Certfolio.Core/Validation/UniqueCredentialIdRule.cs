using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Renewal;
using Certfolio.Core.Text;

namespace Certfolio.Core.Validation;

/// <summary>
/// A credentialId names one credential; both places of a clash are reported. Ids are compared by their
/// <see cref="LookAlikeSkeleton"/>: ids that differ only by case, invisible characters, full-width or look-alike
/// letters are one id to a reader, and a second credential could pass for the first. Issuers whose ids name the
/// person (<see cref="PersonIdIssuers"/>, Microsoft's MCID) may share one id across credentials of different titles.
/// </summary>
public sealed class UniqueCredentialIdRule : IPortfolioRule
{
    public void Validate(IReadOnlyList<Credential> credentials, ValidationContext context, DiagnosticBag diagnostics)
    {
        var withIds = credentials.Where(c => !string.IsNullOrWhiteSpace(c.CredentialId))
            .Select(c => (Credential: c, Id: c.CredentialId!.Trim(), Skeleton: LookAlikeSkeleton.Of(c.CredentialId!)))
            .ToArray();
        // Nearly always there is no clash: one pass over a set says so without grouping every credential (serve runs this on each edit).
        var seen = new HashSet<string>(withIds.Length, StringComparer.Ordinal);
        if (withIds.All(c => seen.Add(c.Skeleton))) return;
        foreach (var group in withIds.GroupBy(c => c.Skeleton, StringComparer.Ordinal))
        {
            if (group.Count() < 2) continue;
            foreach (var (credential, id, _) in group)
            {
                var clashing = group.Where(o => o.Credential != credential && !OnePersonsNumber(credential, o.Credential)).ToArray();
                if (clashing.Length == 0) continue;
                // A look-alike is named as written, escaped, so the reader sees which characters differ.
                var others = string.Join(", ", clashing
                    .Select(o => o.Id == id ? o.Credential.RelativePath : $"{o.Credential.RelativePath} (as '{Visible(o.Id)}')"));
                diagnostics.Add(Descriptors.DuplicateCredentialId, credential.LocationOf("credentialId"), Visible(id), others);
            }
        }
    }

    /// <summary>Two credentials of a person-id issuer with different titles: the shared id is the holder's number.</summary>
    private static bool OnePersonsNumber(Credential a, Credential b) =>
        !string.Equals(a.Title.Trim(), b.Title.Trim(), StringComparison.OrdinalIgnoreCase)
        && PersonIdIssuers.Includes(a.Provider) && PersonIdIssuers.Includes(b.Provider);

    /// <summary>The id with every character outside printable ASCII written as <c>\uXXXX</c>.</summary>
    private static string Visible(string id)
    {
        if (id.All(c => c is >= ' ' and <= '~')) return id;
        var builder = new System.Text.StringBuilder(id.Length * 2);
        foreach (var c in id) builder.Append(c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}");
        return builder.ToString();
    }
}
