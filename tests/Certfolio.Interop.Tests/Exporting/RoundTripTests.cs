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

    // A month-known expiry and a course page without a verification URL; a course page beside one.
    private const string MonthExpiry =
        "---\ntitle: \"Widget Expert\"\ndate: \"01.06.2021\"\nprovider: \"Widget Guild\"\nexpiryDate: \"01.06.2024\"\ndatePrecision: month\n"
        + "courseUrl: \"https://widgets.example/course\"\n---\n";

    private const string CourseAndVerification =
        "---\ntitle: \"Deep Learning\"\ndate: \"01.04.2021\"\nprovider: \"Coursera\"\nverificationUrl: \"https://coursera.org/verify/ABC\"\n"
        + "courseUrl: \"https://www.coursera.org/specializations/deep-learning\"\ndescription: \"Five courses.\"\n---\n";

    /// <summary>docs/interop.md's table "What comes back": field → format → kept (true) or lost (false).</summary>
    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> DocumentedTable()
    {
        var docs = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "interop.md"));
        var heading = Array.FindIndex(docs, l => l.StartsWith("### What comes back", StringComparison.Ordinal));
        var header = Array.FindIndex(docs, heading, l => l.StartsWith("| field |", StringComparison.Ordinal));
        string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray();
        var formats = Cells(docs[header])[1..];
        var table = new Dictionary<string, IReadOnlyDictionary<string, bool>>(StringComparer.Ordinal);
        for (var i = header + 2; i < docs.Length && docs[i].StartsWith('|'); i++)
        {
            var cells = Cells(docs[i]);
            table[cells[0]] = formats.Select((f, j) => (f, cells[j + 1])).ToDictionary(
                c => c.f,
                c => c.Item2.StartsWith("kept", StringComparison.Ordinal) ? true
                    : c.Item2.StartsWith("lost", StringComparison.Ordinal) ? false
                    : throw new InvalidOperationException($"docs/interop.md: '{cells[0]}' for {c.f} is neither kept nor lost"));
        }
        return table;
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    [Theory]
    [MemberData(nameof(Formats))]
    public void Brings_back_what_docs_interop_md_says_it_keeps_and_nothing_it_says_is_lost(string format)
    {
        // Given the reference document and varied ones that between them hold every field
        using var source = TempPortfolio.WithReference(Config).With("certifications/cka.md", Varied).With("certifications/psm.md", NoExpiry)
            .With("certifications/widget.md", MonthExpiry).With("certifications/deep-learning.md", CourseAndVerification);
        var original = source.Load();
        Assert.Empty(original.Diagnostics);

        // When the portfolio is exported and the export imported into an empty portfolio
        var exported = Certfolio.Interop.Formats.Exporters.Find(format)!.Export(original, new ExportOptions(TestData.Today));
        using var target = new TempPortfolio();
        var inputs = exported.Files.Select(f => new ImportInput(f.Name, f.Content)).ToArray();
        var report = new ImportService().Run(target.Root, ImporterFor(format), inputs, new ImportOptions());

        // Then every credential comes back, and each field is kept or lost as the documentation's table says
        Assert.Equal(original.Credentials.Count, report.Count(ImportActionKind.Created));
        var imported = target.Load();
        Assert.Empty(imported.Diagnostics);
        var table = DocumentedTable();
        var fields = new Dictionary<string, Func<Credential, object?>>(StringComparer.Ordinal)
        {
            ["title"] = c => c.Title,
            ["provider"] = c => c.Provider,
            ["date"] = c => c.Issued,
            // A date stands for the days of its precision: a month-known expiry lasts to the month's end.
            ["expiryDate"] = c => c.Expires is { } e ? DatePeriod.LastDay(e, c.DatePrecision) : null,
            ["datePrecision"] = c => c.DatePrecision == DatePrecision.Day ? null : c.DatePrecision,
            ["credentialId"] = c => c.CredentialId,
            ["verificationUrl"] = c => c.VerificationUrl,
            ["description"] = c => c.Description,
            ["skills"] = c => c.Skills.Count == 0 ? null : string.Join("; ", c.Skills),
            ["level"] = c => c.Level,
            // An asset logo is published under baseUrl: it comes back as that URL.
            ["logo"] = c => c.Logo is null ? null : c.Logo.IsUrl ? c.Logo.Value : "https://jane.example/" + c.Logo.AssetPath,
            ["courseUrl"] = c => c.Extra.GetValueOrDefault(CourseUrl.Key) as string,
        };
        Assert.Equal(fields.Keys.Order(StringComparer.Ordinal), table.Keys.Order(StringComparer.Ordinal));
        foreach (var (field, value) in fields)
        {
            var kept = table[field][format];
            var present = 0;
            foreach (var before in original.Credentials)
            {
                var after = imported.Credentials.Single(c => c.Title == before.Title);
                var expected = value(before);
                // JSON Resume's url takes the course page when there is no verification URL (the table says so).
                if (field == "verificationUrl" && format == "jsonresume") expected ??= CourseUrl.Of(before);
                if (expected is not null) present++;
                Assert.True(Equals(kept ? expected : null, value(after)), $"{format}: {field} of '{before.Title}' is documented as {(kept ? "kept" : "lost")}: before '{expected}', after '{value(after)}'");
            }
            Assert.True(present > 0, $"no credential holds {field}: the round trip proves nothing about it");
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
