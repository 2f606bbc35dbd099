using Certfolio.Core.Model;
using Certfolio.Interop.Csv;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.OpenBadges;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Exporting;

/// <summary>Export, then import into an empty portfolio: every field the format holds comes back equal.</summary>
public sealed class RoundTripTests
{
    private const string Config = "owner:\n  name: Jane Doe\nbaseUrl: https://jane.example/\n";

    private const string Varied =
        "---\ntitle: \"CKA: Certified Kubernetes Administrator\"\ndate: \"10.02.2025\"\nprovider: \"The Linux Foundation\"\n"
        + "credentialId: \"LF-99\"\nskills: [\"Kubernetes\", \"Linux\"]\nlevel: Associate\nlogo: https://example.com/cka.png\n---\n";

    private const string NoExpiry = "---\ntitle: PSM I\ndate: 2018-05-01\nprovider: Scrum.org\ndatePrecision: month\n---\n";

    public static TheoryData<string> Formats => ["jsonresume", "openbadges", "csv"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Brings_back_every_field_the_format_holds(string format)
    {
        // Given the reference document and two varied ones
        using var source = TempPortfolio.WithReference(Config).With("certifications/cka.md", Varied).With("certifications/psm.md", NoExpiry);
        var original = source.Load();
        Assert.Empty(original.Diagnostics);

        // When the portfolio is exported and the export imported into an empty portfolio
        var exported = Certfolio.Interop.Formats.Exporters.Find(format)!.Export(original, new ExportOptions(TestData.Today));
        using var target = new TempPortfolio();
        var inputs = exported.Files.Select(f => new ImportInput(f.Name, f.Content)).ToArray();
        var report = new ImportService().Run(target.Root, ImporterFor(format), inputs, new ImportOptions());

        // Then the same credentials come back, field by field where the format allows
        Assert.Equal(3, report.Count(ImportActionKind.Created));
        var imported = target.Load();
        Assert.Empty(imported.Diagnostics);
        foreach (var before in original.Credentials)
        {
            var after = imported.Credentials.Single(c => c.Title == before.Title);
            Assert.Equal(before.Provider, after.Provider);
            Assert.Equal(before.Issued, after.Issued);
            Assert.Equal(before.Expires, after.Expires);
            Assert.Equal(before.CredentialId, after.CredentialId);
            Assert.Equal(before.VerificationUrl, after.VerificationUrl);
            // Open Badges needs a day in validFrom: a month-precise date comes back as its first day (the export warns).
            if (format is not "openbadges") Assert.Equal(CredentialDates.PrecisionOf(before), CredentialDates.PrecisionOf(after));
            if (format is "openbadges") Assert.Equal(before.Description, after.Description);
            if (format is "openbadges" or "csv") Assert.Equal(before.Skills, after.Skills);
            if (format is "csv") Assert.Equal(before.Level, after.Level);
            if (format is "openbadges" && before.Logo is { IsUrl: true }) Assert.Equal(before.Logo, after.Logo);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Importing_an_export_back_into_its_own_portfolio_changes_nothing(string format)
    {
        using var folder = TempPortfolio.WithReference(Config).With("certifications/cka.md", Varied).With("certifications/psm.md", NoExpiry);
        var before = folder.Snapshot();
        var exported = Certfolio.Interop.Formats.Exporters.Find(format)!.Export(folder.Load(), new ExportOptions(TestData.Today));

        var report = new ImportService().Run(folder.Root, ImporterFor(format), exported.Files.Select(f => new ImportInput(f.Name, f.Content)).ToArray(), new ImportOptions());

        Assert.Equal(3, report.Count(ImportActionKind.Unchanged));
        Assert.Equal(before, folder.Snapshot());
    }

    private static IImporter ImporterFor(string format) => format switch
    {
        "jsonresume" => new JsonResumeImporter(),
        "openbadges" => new OpenBadgesImporter(),
        _ => new LinkedInCsvImporter(),
    };
}
