using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Files;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;
using Certfolio.Core.Validation;

namespace Certfolio.Interop.Importing;

/// <summary>One error check finds in a draft, with the answer it is about (null when it is about none of them).</summary>
public sealed record DraftProblem(DraftField? Field, Diagnostic Diagnostic);

/// <summary>What check says of a draft: the document's path and text, and its errors.</summary>
public sealed record DraftCheck(string Path, string RelativePath, string Text, IReadOnlyList<DraftProblem> Problems)
{
    public bool IsClean => Problems.Count == 0;

    /// <summary>The errors about one answer.</summary>
    public IReadOnlyList<Diagnostic> About(DraftField field) => Problems.Where(p => p.Field == field).Select(p => p.Diagnostic).ToArray();
}

/// <summary>
/// Where <c>certfolio new</c> would write a draft, and what check would say of it there: the per-file stages
/// (<see cref="NewDocumentCheck"/>) and the rules across the portfolio with the credentials already in it, on the very
/// text that would be written. Each error is put to the answer whose line it points at, so a prompt can ask that one again.
/// </summary>
/// <param name="folder">The content folder (absolute) the document goes in.</param>
/// <param name="context">The portfolio's validation context, its content folder <paramref name="folder"/>.</param>
/// <param name="others">The credentials already in the portfolio, for the rules across it (unique slugs and ids).</param>
public sealed class NewDocumentPlan(string folder, ValidationContext context, IReadOnlyList<Credential> others)
{
    /// <summary>The plan for a new document of <paramref name="portfolio"/> in its content folder <paramref name="folder"/>.</summary>
    public static NewDocumentPlan For(Portfolio portfolio, string folder)
    {
        var layout = portfolio.Layout;
        var context = new ValidationContext(layout with { ContentDirectory = folder }, portfolio.Config, new AssetResolver(layout.AssetsDirectory, layout.Root, PhysicalFileSystem.Instance));
        return new NewDocumentPlan(folder, context, portfolio.Credentials);
    }

    /// <summary>The file a draft becomes: its title as a file name in the content folder.</summary>
    public string PathOf(NewDocumentDraft draft) => System.IO.Path.Combine(folder, Slug.ForFileName(draft.Title ?? "new") + ".md");

    /// <summary>
    /// Every error check would report for the draft written where <see cref="PathOf"/> says. An answer not given yet is
    /// left out of the text; the missing required key it causes is put to that answer.
    /// </summary>
    public DraftCheck Check(NewDocumentDraft draft)
    {
        var path = PathOf(draft);
        var relative = context.Layout.Relative(path);
        var fields = context.Config.Fields;
        var text = NewDocumentWriter.Write(draft, fields);
        var (document, credential, errors) = NewDocumentCheck.Run(path, relative, text, context);
        var found = errors.ToList();
        if (credential is not null)
        {
            var across = new DiagnosticBag();
            var all = others.Append(credential).ToArray();
            foreach (var rule in Rules.AcrossPortfolio) rule.Validate(all, context, across);
            found.AddRange(across.Items.Where(d => d.Severity == Severity.Error && string.Equals(d.Location.FilePath, relative, StringComparison.Ordinal)));
        }
        return new DraftCheck(path, relative, text, found.Select(d => new DraftProblem(FieldOf(d, document, fields), d)).ToArray());
    }

    private static DraftField? FieldOf(Diagnostic diagnostic, Document document, Core.Binding.FieldMap fields)
    {
        foreach (var field in NewDocumentDraft.Fields)
        {
            var key = fields.NameOf(NewDocumentDraft.KeyOf(field));
            // The binder reports a missing key at the first key there is: it is about the answer not given.
            if (diagnostic.Descriptor == Descriptors.RequiredKeyMissing)
            {
                if (diagnostic.Message == Diagnostic.Create(Descriptors.RequiredKeyMissing, diagnostic.Location, key).Message) return field;
                continue;
            }
            if (document.FrontMatter?.Find(key) is { } entry && Contains(entry, diagnostic.Location)) return field;
        }
        return null;
    }

    private static bool Contains(FrontMatterEntry entry, SourceLocation location) =>
        location.Line >= entry.KeyStart.Line && location.Line <= Math.Max(entry.KeyStart.Line, entry.Value.Span.End.Line);
}
