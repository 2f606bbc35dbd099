using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Text;

namespace Certfolio.Core.Validation;

public sealed class SkillsRule : IDocumentRule
{
    public void Validate(Credential credential, Document document, ValidationContext context, DiagnosticBag diagnostics)
    {
        // Point at the repeated item itself, which only the front matter tree knows.
        var items = document.FrontMatter?.Find(context.Config.Fields.NameOf("skills"))?.Value is FrontMatterSequence sequence
            ? sequence.Items.OfType<FrontMatterScalar>().ToArray()
            : [];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var skill = item.Value.Trim();
            if (skill.Length > 0 && !seen.Add(skill))
                diagnostics.Add(Descriptors.DuplicateSkill, SourceLocation.At(credential.RelativePath, item.Span), skill);
        }
    }
}
