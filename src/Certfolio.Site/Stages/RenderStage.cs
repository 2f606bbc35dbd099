using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Text;
using Certfolio.Site.Markdown;
using Certfolio.Site.Pages;
using Certfolio.Site.Publishing;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Stages;

/// <summary>
/// Render: each credential's body, view, card and page, in parallel across the cores, each page handed to the writer
/// as soon as it is rendered. A credential that cannot be rendered is a diagnostic; the others still render.
/// </summary>
internal sealed class RenderStage(SiteModel model, BodyRenderer bodies, PageRenderer renderer, ISiteWriter writer, BuildDiagnostics diagnostics, BuildProgress progress)
{
    /// <summary>One render per credential, at its position; null where a credential failed (and a diagnostic says why).</summary>
    public CredentialRender?[] Run(IReadOnlyList<Credential> credentials)
    {
        var renders = new CredentialRender?[credentials.Count];
        Parallel.For(0, credentials.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, model.Options.MaxParallelism) }, i =>
        {
            var credential = credentials[i];
            try
            {
                renders[i] = CredentialPage.Render(credential, model, bodies, renderer, writer);
            }
            catch (TemplateRenderException e)
            {
                diagnostics.Add(Diagnostic.Create(SiteDescriptors.TemplateRender, SourceLocation.FileStart(credential.RelativePath), e.Template, credential.RelativePath, e.Message));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One document that cannot be rendered is its own error: the others still render and are reported.
                diagnostics.Add(DocumentRenderFailure.From(e, credential, model.Portfolio.Bodies));
            }
            progress.Step();
        });
        return renders;
    }
}
