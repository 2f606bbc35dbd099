using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;
using Certfolio.Core.Validation;

namespace Certfolio.Site;

/// <summary>The diagnostic for a credential whose page failed to render, in place of the exception.</summary>
public static class DocumentRenderFailure
{
    public static Diagnostic From(Exception exception, Credential credential, BodySource bodies)
    {
        if (BodyMarkdown.IsDepthLimit(exception))
        {
            // Where check points (BodyNestingRule).
            var body = bodies.Of(credential);
            var line = body.StartLine + BodyNestingRule.DeepestLine(body.Span).Line;
            return Diagnostic.Create(Descriptors.BodyNestingTooDeep, new SourceLocation(credential.RelativePath, line, 1), BodyNestingRule.RendererLimit);
        }
        return Diagnostic.Create(Descriptors.InternalProblem, SourceLocation.FileStart(credential.RelativePath), exception.GetType().Name);
    }
}
