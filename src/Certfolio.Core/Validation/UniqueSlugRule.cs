using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Text;

namespace Certfolio.Core.Validation;

/// <summary>Two files may not produce the same page URL.</summary>
public sealed class UniqueSlugRule : IPortfolioRule
{
    public void Validate(IReadOnlyList<Credential> credentials, ValidationContext context, DiagnosticBag diagnostics)
    {
        // Nearly always there is no clash: one pass over a set says so without grouping every credential (serve runs this on each edit).
        var seen = new HashSet<string>(credentials.Count, StringComparer.Ordinal);
        if (credentials.All(c => seen.Add(c.Slug))) return;
        foreach (var group in credentials.GroupBy(c => c.Slug, StringComparer.Ordinal))
        {
            if (group.Count() < 2) continue;
            foreach (var credential in group)
            {
                var others = string.Join(", ", group.Where(o => o != credential).Select(o => o.RelativePath));
                diagnostics.Add(Descriptors.DuplicateSlug, SourceLocation.FileStart(credential.RelativePath), group.Key, others);
            }
        }
    }
}
