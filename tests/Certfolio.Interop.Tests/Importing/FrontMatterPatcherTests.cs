using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Importing;

public sealed class FrontMatterPatcherTests
{
    private static readonly ImportOptions Force = new() { Force = true };

    [Fact]
    public void Rewrites_toml_front_matter_in_place_and_adds_keys_before_the_first_table()
    {
        // Given a TOML document with a typed date and a table at the end
        using var folder = new TempPortfolio().With("certifications/cka.md",
            "+++\ntitle = \"CKA\" # short\ndate = 2023-10-15\nprovider = \"CNCF\"\ncredentialId = \"LF-1\"\n\n[renewal]\nrule = \"retake\"\n+++\n\nBody.\n");
        var resume = """{"certificates":[{"name":"CKA","date":"2023-10-20","issuer":"CNCF","credentialId":"LF-1","url":"https://example.com/v"}]}""";

        // When a changed record is imported with --force
        var report = new ImportService().Run(folder.Root, new JsonResumeImporter(), [new ImportInput("resume.json", resume)], Force);

        // Then values change where they stand and the new key goes above the table
        Assert.Equal(ImportActionKind.Updated, Assert.Single(report.Actions).Kind);
        Assert.Equal(
            "+++\ntitle = \"CKA\" # short\ndate = 2023-10-20\nprovider = \"CNCF\"\ncredentialId = \"LF-1\"\n\nverificationUrl = \"https://example.com/v\"\n[renewal]\nrule = \"retake\"\n+++\n\nBody.\n",
            folder.Read("certifications/cka.md"));
    }

    [Fact]
    public void Keeps_windows_line_endings()
    {
        using var folder = new TempPortfolio().With("certifications/cka.md", "---\r\ntitle: CKA\r\ndate: 15.10.2023\r\nprovider: CNCF\r\n---\r\n\r\nBody.\r\n");
        var resume = """{"certificates":[{"name":"CKA","date":"2023-10-15","issuer":"CNCF","expiryDate":"2026-10-15"}]}""";

        new ImportService().Run(folder.Root, new JsonResumeImporter(), [new ImportInput("resume.json", resume)], Force);

        Assert.Equal("---\r\ntitle: CKA\r\ndate: 15.10.2023\r\nprovider: CNCF\r\nexpiryDate: \"15.10.2026\"\r\n---\r\n\r\nBody.\r\n", folder.Read("certifications/cka.md"));
        Assert.Empty(folder.Load().Diagnostics);
    }

    [Fact]
    public void Uses_the_portfolios_own_key_names_from_its_field_map()
    {
        // Given a portfolio whose documents say 'name' and 'issuer'
        using var folder = new TempPortfolio().With("certfolio.yaml", "fields:\n  title: name\n  provider: issuer\n");
        var resume = """{"certificates":[{"name":"CKA","date":"2023-10-20","issuer":"CNCF"}]}""";

        // When a record is imported
        new ImportService().Run(folder.Root, new JsonResumeImporter(), [new ImportInput("resume.json", resume)], new ImportOptions());

        // Then the new document uses those names and loads clean
        Assert.StartsWith("---\nname: \"CKA\"\ndate: \"20.10.2023\"\nissuer: \"CNCF\"\n", folder.Read("certifications/cka.md"), StringComparison.Ordinal);
        Assert.Empty(folder.Load().Diagnostics);
    }

    [Fact]
    public void Escapes_quotes_backslashes_and_tabs_so_the_value_reads_back_exactly()
    {
        using var folder = new TempPortfolio();
        // A tab, not a line break: a line break in a provider is now a check error (CF0125), as it could start a line in calendar.ics.
        var resume = """{"certificates":[{"name":"C:\\Tools \"quoted\"","date":"2023-10-20","issuer":"A\tB"}]}""";

        new ImportService().Run(folder.Root, new JsonResumeImporter(), [new ImportInput("resume.json", resume)], new ImportOptions());

        var credential = Assert.Single(folder.Load().Credentials);
        Assert.Equal("C:\\Tools \"quoted\"", credential.Title);
        Assert.Equal("A\tB", credential.Provider);
    }
}
