using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Files;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Validation;

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
        var messages = new List<ImportMessage>();
        var actions = new List<ImportAction>();
        var loader = new PortfolioLoader();
        var portfolio = loader.Load(root);
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

        foreach (var result in importer.Read(inputs))
        {
            messages.AddRange(result.Messages);
            foreach (var raw in result.Records)
            {
                var record = Tidy(raw, messages);
                if (planned.FirstOrDefault(p => CredentialComparer.FindMatch(record, [AsCredential(p)]) is not null) is { } twin)
                {
                    var reason = $"the same credential as {twin.Source}; imported once";
                    messages.Add(ImportMessage.Warning(record.Source, reason));
                    actions.Add(new ImportAction(ImportActionKind.Skipped, record.Source, null, []) { Reason = reason });
                    continue;
                }
                planned.Add(record);

                if (CredentialComparer.FindMatch(record, existing) is { } match)
                {
                    actions.Add(Reconcile(record, match, config, options, touched, messages));
                    continue;
                }

                var name = UniqueName(Slug.ForFileName(record.Title), takenNames);
                var path = Path.Combine(contentDirectory, name + ".md");
                var text = NewDocumentWriter.Write(record, config.Fields);
                var problems = NewDocumentCheck.Errors(path, layout.Relative(path), text, context);
                if (problems.Count > 0)
                {
                    foreach (var problem in problems) messages.Add(ImportMessage.Error(record.Source, problem.Message));
                    takenNames.Remove(name);
                    actions.Add(new ImportAction(ImportActionKind.Skipped, record.Source, null, []) { Reason = string.Join("; ", problems.Select(p => p.Message)) });
                    continue;
                }
                if (!options.DryRun && _files.Create(path, text) is { Succeeded: false } failed)
                {
                    var reason = failed.Describe(layout.Relative(path));
                    messages.Add(ImportMessage.Error(record.Source, reason));
                    actions.Add(new ImportAction(ImportActionKind.Skipped, record.Source, null, []) { Reason = reason });
                    continue;
                }
                actions.Add(new ImportAction(ImportActionKind.Created, record.Source, layout.Relative(path), []));
            }
        }
        return new ImportReport(actions, messages, options.DryRun);
    }

    private ImportAction Reconcile(ImportedCredential record, Credential match, PortfolioConfig config, ImportOptions options, HashSet<string> touched, List<ImportMessage> messages)
    {
        var relative = match.RelativePath;
        var changes = CredentialComparer.Differences(record, match, config.Fields);
        if (changes.Count == 0) return new ImportAction(ImportActionKind.Unchanged, record.Source, relative, []);
        if (!options.Force) return new ImportAction(ImportActionKind.Differs, record.Source, relative, changes);
        if (!touched.Add(relative))
        {
            var reason = $"{relative} was already updated by an earlier record of this import";
            messages.Add(ImportMessage.Warning(record.Source, reason));
            return new ImportAction(ImportActionKind.Skipped, record.Source, relative, changes) { Reason = reason };
        }
        var text = FrontMatterPatcher.Apply(match.Document, changes, out var refusal);
        if (refusal is not null)
        {
            messages.Add(ImportMessage.Error(record.Source, $"{relative}: {refusal}; change it by hand"));
            return new ImportAction(ImportActionKind.Skipped, record.Source, relative, changes) { Reason = refusal };
        }
        if (!options.DryRun && _files.Write(match.Document.FilePath, text) is { Succeeded: false } failed)
        {
            var reason = failed.Describe(relative);
            messages.Add(ImportMessage.Error(record.Source, reason));
            return new ImportAction(ImportActionKind.Skipped, record.Source, relative, changes) { Reason = reason };
        }
        return new ImportAction(ImportActionKind.Updated, record.Source, relative, changes);
    }

    private static string UniqueName(string slug, HashSet<string> taken)
    {
        var name = slug;
        for (var i = 2; !taken.Add(name); i++) name = $"{slug}-{i}";
        return name;
    }

    /// <summary>Leaves out links <c>check</c> would refuse (not absolute http(s)), with a warning, rather than losing the record.</summary>
    private static ImportedCredential Tidy(ImportedCredential record, List<ImportMessage> messages)
    {
        if (record.VerificationUrl is { } url && !Json.JsonInput.IsHttpUrl(url))
        {
            messages.Add(ImportMessage.Warning(record.Source, $"'{url}' is not an absolute http(s) URL; imported without a verificationUrl"));
            record = record with { VerificationUrl = null };
        }
        if (record.Logo is { } logo && !Json.JsonInput.IsHttpUrl(logo))
        {
            messages.Add(ImportMessage.Warning(record.Source, $"the image '{logo}' is not an http(s) URL; imported without a logo"));
            record = record with { Logo = null };
        }
        var skills = record.Skills.Where(s => s.Trim().Length > 0).Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return skills.Length == record.Skills.Count ? record : record with { Skills = skills };
    }

    /// <summary>A stand-in credential so records of one import can be matched against each other with the same rules.</summary>
    private static Credential AsCredential(ImportedCredential record) => new()
    {
        Document = new Document(record.Source, record.Source, new Core.Text.SourceText(""), FrontMatterFormat.Yaml, null, 0, 1),
        Slug = Slug.From(record.Title),
        Title = record.Title,
        Issued = record.Issued,
        Provider = record.Provider,
        CredentialId = record.CredentialId,
        VerificationUrl = record.VerificationUrl,
    };
}
