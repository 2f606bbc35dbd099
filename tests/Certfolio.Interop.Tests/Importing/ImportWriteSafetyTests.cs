using Certfolio.Core.Diagnostics;
using Certfolio.Core.Files;
using Certfolio.Core.Model;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Importing;

/// <summary>Import never loses or half-writes a document, and never writes outside the portfolio.</summary>
public sealed class ImportWriteSafetyTests
{
    private static readonly ImportOptions Default = new();

    [Fact]
    public void A_forced_rewrite_whose_writer_fails_mid_way_leaves_the_document_as_it_was()
    {
        // Given the reference document and a writer that fails after 10 bytes, as a full disk does
        using var folder = TempPortfolio.WithReference();
        var before = folder.Snapshot();
        var failing = new AtomicFile(temporary => new FullDiskStream(File.Create(temporary), 10));

        // When a changed record is imported with --force
        var report = new ImportService(failing).Run(folder.Root, new JsonResumeImporter(), [ResumeWithChangedExpiry()], Default with { Force = true });

        // Then nothing changed, no temporary file is left, and the report says what happened
        Assert.Equal(before, folder.Snapshot());
        Assert.Equal(ImportActionKind.Skipped, Assert.Single(report.Actions).Kind);
        var problem = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.True(problem.Is(Descriptors.DocumentNotWritten, "$.certificates[0]"), problem.ToString());
        Assert.EndsWith("cannot write certifications/aws-devops-professional.md: No space left on device; the file was left as it was", problem.Message, StringComparison.Ordinal);
        Assert.True(report.HasProblems);
    }

    [Fact]
    public void A_new_document_whose_writer_fails_is_skipped_and_the_rest_still_import()
    {
        using var folder = new TempPortfolio();
        var failing = new AtomicFile(temporary => new FullDiskStream(File.Create(temporary), 0));

        var report = new ImportService(failing).Run(folder.Root, new JsonResumeImporter(), [TwoCertificates()], Default);

        Assert.Equal(2, report.Count(ImportActionKind.Skipped));
        Assert.All(report.Diagnostics, d => Assert.Equal(Descriptors.DocumentNotWritten, d.Descriptor));
        Assert.All(report.Diagnostics, d => Assert.EndsWith("No space left on device; nothing was written", d.Message, StringComparison.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Content));
    }

    [Fact]
    public void Content_outside_the_portfolio_is_refused_with_checks_CF0203_and_nothing_is_written()
    {
        // Given certfolio.yaml pointing the content folder outside the portfolio
        using var folder = new TempPortfolio(withContentFolder: false).With("portfolio/certfolio.yaml", "content: ../elsewhere\n");
        var root = Path.Combine(folder.Root, "portfolio");

        // When a resume is imported into it
        var report = new ImportService().Run(root, new JsonResumeImporter(), [TwoCertificates()], Default);

        // Then the import is refused with the diagnostic check gives, and nothing exists outside
        var refusal = Assert.Single(report.Refusals);
        Assert.Equal("certfolio.yaml:1:10: error CF0203: 'content: ../elsewhere' in certfolio.yaml points outside the portfolio folder", refusal.ToString());
        Assert.Empty(report.Actions);
        Assert.True(report.HasProblems);
        Assert.False(Directory.Exists(Path.Combine(folder.Root, "elsewhere")));
    }

    [Fact]
    public void A_290_character_title_is_imported_under_a_capped_file_name()
    {
        using var folder = new TempPortfolio();
        var title = string.Join(' ', Enumerable.Repeat("Very long certification title words", 8)) + " end";
        var resume = new ImportInput("resume.json", $$"""{"certificates":[{"name":"{{title}}","date":"2024-08-15","issuer":"Acme"},{"name":"Short","date":"2024-08-15","issuer":"Acme"}]}""");

        var report = new ImportService().Run(folder.Root, new JsonResumeImporter(), [resume], Default);

        Assert.Equal(2, report.Count(ImportActionKind.Created));
        var name = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(folder.Content), f => !f.EndsWith("short.md", StringComparison.Ordinal)));
        Assert.True(name.Length <= Slug.MaxFileNameLength, name);
        Assert.Empty(folder.Load().Diagnostics);
    }

    private static ImportInput ResumeWithChangedExpiry() => new("resume.json",
        """{"certificates":[{"name":"AWS Certified DevOps Engineer - Professional","date":"2024-08-15","issuer":"Amazon Web Services","credentialId":"DOP-C02-789456","expiryDate":"2027-09-15"}]}""");

    private static ImportInput TwoCertificates() => new("resume.json",
        """{"certificates":[{"name":"First","date":"2024-08-15","issuer":"Acme"},{"name":"Second","date":"2024-09-15","issuer":"Acme"}]}""");
}
