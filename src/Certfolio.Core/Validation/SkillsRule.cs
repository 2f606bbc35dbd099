using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;

namespace Certfolio.Core.Validation;

public sealed class SkillsRule : IValidationRule
{
    public void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var skill in credential.Skills)
        {
            if (!seen.Add(skill)) diagnostics.Add(Descriptors.DuplicateSkill, credential.LocationOf("skills"), skill);
        }
    }
}
