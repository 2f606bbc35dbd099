using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Validation;

namespace Certfolio.Interop.Importing;

/// <summary>
/// The per-file stages of <c>check</c> (Parse → Bind → every per-credential rule) run on a document's text before
/// it is written, so <c>import</c> and <c>new</c> never write a file <c>check</c> then rejects.
/// </summary>
public static class NewDocumentCheck
{
    /// <summary>The errors <c>check</c> would report for <paramref name="text"/> saved at <paramref name="path"/>.</summary>
    public static IReadOnlyList<Diagnostic> Errors(string path, string relative, string text, ValidationContext context) =>
        Run(path, relative, text, context).Errors;

    /// <summary>As <see cref="Errors"/>, with the parsed document and the bound credential (null when it did not bind).</summary>
    public static (Document Document, Credential? Credential, IReadOnlyList<Diagnostic> Errors) Run(string path, string relative, string text, ValidationContext context)
    {
        var diagnostics = new DiagnosticBag();
        var document = DocumentParser.Parse(path, relative, text, context.Config.Limits, diagnostics);
        var credential = context.Config.Fields.Binder.Bind(document, diagnostics);
        if (credential is not null) Rules.Validate(credential, document, context, diagnostics);
        return (document, credential, diagnostics.Items.Where(d => d.Severity == Severity.Error).ToArray());
    }
}
