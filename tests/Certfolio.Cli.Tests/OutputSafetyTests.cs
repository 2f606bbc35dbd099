namespace Certfolio.Cli.Tests;

/// <summary>calendar -o and export -o replace their own earlier output, but someone else's file only with --force.</summary>
public sealed class OutputSafetyTests
{
    private const string Cka = "---\ntitle: CKA\ndate: 10.02.2025\nexpiryDate: 10.02.2027\nprovider: CNCF\n---\n";

    [Fact]
    public void Calendar_replaces_its_own_calendar_but_not_someone_elses_file_without_force()
    {
        // Given a portfolio, an earlier calendar and a file of the user's
        var folder = TempPortfolio.With(("certifications/cka.md", Cka), ("notes.ics", "my notes"));
        var calendar = Path.Combine(folder, "out.ics");
        var notes = Path.Combine(folder, "notes.ics");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("calendar", folder, "-o", calendar, "--today", "2026-12-04").ExitCode);

        // When both are named as the output
        var again = CliRunner.Run("calendar", folder, "-o", calendar, "--today", "2026-12-05");
        var refused = CliRunner.Run("calendar", folder, "-o", notes, "--today", "2026-12-05");
        var notesBefore = File.ReadAllText(notes);
        var forced = CliRunner.Run("calendar", folder, "-o", notes, "--force", "--today", "2026-12-05");

        // Then the calendar is replaced, the notes only under --force, and no temporary file is left
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Equal("my notes", notesBefore);
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.StartsWith("BEGIN:VCALENDAR", File.ReadAllText(notes), StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(folder), f => f.Contains(".certfolio-tmp-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("jsonresume", "resume.json")]
    [InlineData("jsonld", "credentials.jsonld")]
    [InlineData("csv", "certifications.csv")]
    [InlineData("linkedin-links", "links.txt")]
    public void Export_replaces_its_own_earlier_export(string format, string name)
    {
        var folder = TempPortfolio.With(("certifications/cka.md", Cka));
        var output = Path.Combine(folder, name);

        var first = CliRunner.Run("export", folder, "--to", format, "-o", output, "--today", "2026-12-04");
        var second = CliRunner.Run("export", folder, "--to", format, "-o", output, "--today", "2027-12-04");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
    }

    [Fact]
    public void Open_badges_refuse_to_replace_a_foreign_file_in_the_folder()
    {
        var folder = TempPortfolio.With(("certifications/cka.md", Cka), ("badges/cka.json", """{"id":"urn:uuid:someone-else"}"""));
        var badges = Path.Combine(folder, "badges");

        var refused = CliRunner.Run("export", folder, "--to", "openbadges", "-o", badges, "--today", "2026-12-04");
        var forced = CliRunner.Run("export", folder, "--to", "openbadges", "-o", badges, "--force", "--today", "2026-12-04");
        var again = CliRunner.Run("export", folder, "--to", "openbadges", "-o", badges, "--today", "2026-12-04");

        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
    }

    [Fact]
    public void Export_into_a_resume_keeps_it_a_whole_file_and_leaves_no_temporary_file()
    {
        var folder = TempPortfolio.With(("certifications/cka.md", Cka), ("resume.json", """{"basics":{"name":"Jane","email":"j@example.com"},"work":[]}"""));
        var resume = Path.Combine(folder, "resume.json");

        var result = CliRunner.Run("export", folder, "--to", "jsonresume", "--into", resume, "--today", "2026-12-04");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var text = File.ReadAllText(resume);
        Assert.Contains("j@example.com", text, StringComparison.Ordinal);
        Assert.Contains("CKA", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(folder), f => f.Contains(".certfolio-tmp-", StringComparison.Ordinal));
    }
}
