using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Text;
using Certfolio.Core.Validation;

namespace Certfolio.Site;

/// <summary>The diagnostic for a credential whose page failed to render, in place of the exception.</summary>
public static class DocumentRenderFailure
{
    public static Diagnostic From(Exception exception, Credential credential)
    {
        var document = credential.Document;
        if (BodyMarkdown.IsDepthLimit(exception))
        {
            // Where check points (BodyNestingRule), when the text is at hand; else where the body starts.
            var line = document.Source.IsKept ? document.BodyStartLine + BodyNestingRule.DeepestLine(document.BodySpan).Line : document.BodyStartLine;
            return Diagnostic.Create(Descriptors.BodyNestingTooDeep, new SourceLocation(document.RelativePath, line, 1), BodyNestingRule.RendererLimit);
        }
        return Diagnostic.Create(Descriptors.InternalProblem, SourceLocation.FileStart(document.RelativePath), exception.GetType().Name);
    }
}
