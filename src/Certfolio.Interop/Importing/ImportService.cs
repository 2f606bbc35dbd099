using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Files;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Validation;
using Certfolio.Interop.Importing.Identity;

namespace Certfolio.Interop.Importing;

/// <summary>
/// Turns imported records into documents of a portfolio: Read → Validate → Match → Write. A record becomes a
/// new document only if that document passes the same per-file rules as <c>check</c>; a record that is already
/// there is compared, and rewritten only under <c>--force</c>. Every write goes through <see cref="AtomicFile"/>, and
/// nothing is written into a content folder <c>check</c> would refuse (<see cref="ContentFolderCheck"/>).
/// </summary>
/// <param name="files">How files are written; a test passes one whose writer fails.</param>
public sealed class ImportService(AtomicFile? files = null)
{
    private readonly AtomicFile _files = files ?? new AtomicFile();

    public ImportReport Run(string root, IImporter importer, IReadOnlyList<ImportInput> inputs, ImportOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var readErrors = 0;
        var actions = new List<ImportAction>();
        var loader = new PortfolioLoader { Purpose = LoadPurpose.Patch };
        var portfolio = loader.Load(root);
        var documents = portfolio.Documents.ToDictionary(d => d.RelativePath, StringComparer.Ordinal);
        var layout = portfolio.Layout;
        var config = portfolio.Config;
        var (contentDirectory, refusals) = ContentFolderCheck.WritableFolder(layout.Root, config, ImportOptions.DefaultContentFolder);
        if (contentDirectory is null) return new ImportReport([], [], options.DryRun) { Refusals = refusals };
        layout = layout with { ContentDirectory = contentDirectory };
        var context = new ValidationContext(layout, config, new AssetResolver(layout.AssetsDirectory, layout.Root, PhysicalFileSystem.Instance));

        var existing = portfolio.Credentials.ToList();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var planned = new List<ImportedCredential>();
        var takenNames = new HashSet<string>(
            Directory.Exists(contentDirectory)
                ? Directory.EnumerateFiles(contentDirectory).Select(f => Path.GetFileNameWithoutExtension(f).ToLowerInvariant())
                : [],
            StringComparer.Ordinal);
        foreach (var credential in existing) takenNames.Add(credential.Slug);

        foreach (var result in importer.Read(inputs, options))
        {
            diagnostics.AddRange(result.Diagnostics);
            readErrors += result.Diagnostics.Count(d => d.Severity == Severity.Error);
            foreach (var raw in result.Records)
            {
                var record = Tidy(raw, diagnostics);
                // Records of one import that share only an identifier are two credentials, both imported.
                if (CredentialComparer.FindMatch(record, planned.Select(AsCredential)) is SameCredential twin)
                {
                    var merged = record.Origin.Diagnostic(Descriptors.SameCredentialTwice, twin.Credential.RelativePath, twin.Evidence);
                    diagnostics.Add(merged);
                    actions.Add(new ImportAction(ImportActionKind.Merged, record.Source, null, []) { Reason = merged.Message });
                    continue;
                }
                planned.Add(record);

                switch (CredentialComparer.FindMatch(record, existing))
                {
                    case SameCredential same:
                        actions.Add(Reconcile(record, same.Credential, documents[same.Credential.RelativePath], config, options, touched, diagnostics));
                        continue;
                    case ConflictingCredential conflict:
                        actions.Add(Conflict(record, conflict.Credential, $"the same {conflict.SharedKey}", conflict.Differences, [], diagnostics));
                        continue;
                }

                var name = UniqueName(Slug.ForFileName(record.Title), takenNames);
                var path = Path.Combine(contentDirectory, name + ".md");
                var text = NewDocumentWriter.Write(record, config.Fields);
                var problems = NewDocumentCheck.Errors(path, layout.Relative(path), text, context);
                if (problems.Count > 0)
                {
                    var failures = problems.Select(p => record.Origin.Diagnostic(Descriptors.RecordFailsCheck, p.Id, p.Message)).ToArray();
                    diagnostics.AddRange(failures);
                    takenNames.Remove(name);
                    actions.Add(new ImportAction(ImportActionKind.Skipped, record.Source, null, []) { Reason = string.Join("; ", problems.Select(p => p.Message)) });
                    continue;
                }
                if (!options.DryRun && _files.Create(path, text) is { Succeeded: false } failed)
                {
                    actions.Add(Skip(record, null, [], record.Origin.Diagnostic(Descriptors.DocumentNotWritten, failed.Describe(layout.Relative(path))), diagnostics));
                    continue;
                }
                actions.Add(new ImportAction(ImportActionKind.Created, record.Source, layout.Relative(path), []));
            }
        }
        return new ImportReport(actions, diagnostics, options.DryRun) { ReadErrors = readErrors };
    }

    /// <summary>A record left alone, and the diagnostic that says why.</summary>
    private static ImportAction Skip(ImportedCredential record, string? path, IReadOnlyList<FieldChange> changes, Diagnostic why, List<Diagnostic> diagnostics)
    {
        diagnostics.Add(why);
        return new ImportAction(ImportActionKind.Skipped, record.Source, path, changes) { Reason = why.Message };
    }

    private ImportAction Reconcile(ImportedCredential record, Credential match, Document document, PortfolioConfig config, ImportOptions options, HashSet<string> touched, List<Diagnostic> diagnostics)
    {
        var relative = match.RelativePath;
        var changes = CredentialComparer.Differences(record, match, config.Fields);
        if (changes.Count == 0) return new ImportAction(ImportActionKind.Unchanged, record.Source, relative, []);
        if (!options.Force) return new ImportAction(ImportActionKind.Differs, record.Source, relative, changes);
        // --force updates what a source knows better, never which credential a document is.
        var identity = CredentialComparer.IdentityDifferences(record, match);
        if (identity.Count > 0)
            return Conflict(record, match, "the same credential by the evidence", identity, changes, diagnostics);
        if (!touched.Add(relative))
            return Skip(record, relative, changes, record.Origin.Diagnostic(Descriptors.DocumentAlreadyUpdated, relative), diagnostics);
        var text = FrontMatterPatcher.Apply(document, changes, out var refusal);
        if (refusal is not null)
            return Skip(record, relative, changes, record.Origin.Diagnostic(Descriptors.ValueNotRewritable, relative, refusal), diagnostics);
        if (!options.DryRun && _files.Write(document.FilePath, text) is { Succeeded: false } failed)
            return Skip(record, relative, changes, record.Origin.Diagnostic(Descriptors.DocumentNotWritten, failed.Describe(relative)), diagnostics);
        return new ImportAction(ImportActionKind.Updated, record.Source, relative, changes);
    }

    /// <summary>A record left alone because the document it meets is, or may be, another credential.</summary>
    private static ImportAction Conflict(ImportedCredential record, Credential document, string shared, IReadOnlyList<string> differences, IReadOnlyList<FieldChange> changes, List<Diagnostic> diagnostics)
    {
        var why = record.Origin.Diagnostic(Descriptors.ConflictingDocument, document.RelativePath, shared, string.Join("; ", differences));
        diagnostics.Add(why);
        return new ImportAction(ImportActionKind.Conflict, record.Source, document.RelativePath, changes) { Reason = why.Message };
    }

    private static string UniqueName(string slug, HashSet<string> taken)
    {
        var name = slug;
        for (var i = 2; !taken.Add(name); i++) name = $"{slug}-{i}";
        return name;
    }

    /// <summary>Leaves out links <c>check</c> would refuse (not absolute http(s)), with a warning, rather than losing the record.</summary>
    private static ImportedCredential Tidy(ImportedCredential record, List<Diagnostic> diagnostics)
    {
        if (record.VerificationUrl is { } url && !Json.JsonInput.IsHttpUrl(url))
        {
            diagnostics.Add(record.Origin.Diagnostic(Descriptors.LinkLeftOut, url, "a verificationUrl"));
            record = record with { VerificationUrl = null };
        }
        if (record.Logo is { } logo && !Json.JsonInput.IsHttpUrl(logo))
        {
            diagnostics.Add(record.Origin.Diagnostic(Descriptors.LinkLeftOut, logo, "a logo"));
            record = record with { Logo = null };
        }
        var skills = record.Skills.Where(s => s.Trim().Length > 0).Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return skills.Length == record.Skills.Count ? record : record with { Skills = skills };
    }

    /// <summary>A stand-in credential so records of one import can be matched against each other with the same rules.</summary>
    private static Credential AsCredential(ImportedCredential record) => new()
    {
        // Named by the record's place, so "the same credential as …" points at the earlier record.
        RelativePath = record.Source,
        Slug = Slug.From(record.Title),
        Title = record.Title,
        Issued = record.Issued,
        Provider = record.Provider,
        CredentialId = record.CredentialId,
        VerificationUrl = record.VerificationUrl,
    };
}
