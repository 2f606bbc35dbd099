using Certfolio.Core.Portfolios;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.ICalendar;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Exporting;

/// <summary>Where calendar -o and export -o may write: never onto the portfolio, and over someone else's file only with --force.</summary>
public sealed class OutputGuardTests
{
    private static PortfolioLayout Layout(TempPortfolio folder) => folder.Load().Layout;

    [Theory]
    [InlineData("certifications/aws-devops-professional.md", "inside the portfolio's content folder (certifications)")]
    [InlineData("certifications/new.ics", "inside the portfolio's content folder (certifications)")]
    [InlineData("certfolio.yaml", "the portfolio's configuration (certfolio.yaml)")]
    [InlineData("training/ledger.csv", "inside the portfolio's training folder (training)")]
    [InlineData("README.md", "a Markdown file")]
    public void Refuses_the_portfolios_own_files_even_with_force(string relative, string reason)
    {
        using var folder = TempPortfolio.WithReference("title: Mine\n").With("training/ledger.csv", "date,hours\n");

        var refusal = OutputGuard.CheckFile(Path.Combine(folder.Root, relative), Layout(folder), force: true, _ => true);

        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_leading_to_the_configuration_is_refused()
    {
        using var folder = TempPortfolio.WithReference("title: Mine\n");
        var link = Path.Combine(folder.Root, "out.json");
        File.CreateSymbolicLink(link, Path.Combine(folder.Root, "certfolio.yaml"));

        Assert.Contains("configuration", OutputGuard.CheckFile(link, Layout(folder), force: true, _ => true), StringComparison.Ordinal);
    }

    [Fact]
    public void Someone_elses_file_is_replaced_only_with_force_and_an_earlier_output_always()
    {
        using var folder = TempPortfolio.WithReference().With("notes.ics", "my notes").With("old.ics", "BEGIN:VCALENDAR\r\nPRODID:" + CalendarWriter.ProductId + "\r\nEND:VCALENDAR\r\n");
        var layout = Layout(folder);

        Assert.Equal($"refusing to replace {Path.Combine(folder.Root, "notes.ics")}: the file was not written by Certfolio; --force replaces it",
            OutputGuard.CheckFile(Path.Combine(folder.Root, "notes.ics"), layout, force: false, CertfolioOutputs.IsCalendar));
        Assert.Null(OutputGuard.CheckFile(Path.Combine(folder.Root, "notes.ics"), layout, force: true, CertfolioOutputs.IsCalendar));
        Assert.Null(OutputGuard.CheckFile(Path.Combine(folder.Root, "old.ics"), layout, force: false, CertfolioOutputs.IsCalendar));
        Assert.Null(OutputGuard.CheckFile(Path.Combine(folder.Root, "new.ics"), layout, force: false, CertfolioOutputs.IsCalendar));
    }

    [Fact]
    public void Recognises_each_exporters_own_output_and_not_a_hand_written_file()
    {
        using var folder = TempPortfolio.WithReference("owner:\n  name: Jane Doe\n");
        var portfolio = folder.Load();
        foreach (var exporter in Formats.Exporters.All)
        {
            var first = exporter.Export(portfolio, new ExportOptions(TestData.Today)).Files[0].Content;
            var later = exporter.Export(portfolio, new ExportOptions(TestData.Today.AddDays(400))).Files[0].Content;

            Assert.True(CertfolioOutputs.IsExport(exporter, first, later), exporter.Format);
        }
        Assert.False(CertfolioOutputs.IsExport(Formats.Exporters.Find("jsonresume")!, """{"basics":{"name":"Jane","email":"j@x"},"work":[],"certificates":[]}""", "{}"));
        Assert.False(CertfolioOutputs.IsExport(Formats.Exporters.Find("csv")!, "a,b\n1,2\n", "x"));
        Assert.False(CertfolioOutputs.IsExport(Formats.Exporters.Find("linkedin-links")!, "my list\n", "x"));
        Assert.False(CertfolioOutputs.IsExport(Formats.Exporters.Find("jsonld")!, """{"@context":"https://schema.org","@type":"Organization"}""", "x"));
        Assert.False(CertfolioOutputs.IsExport(Formats.Exporters.Find("openbadges")!, """{"id":"urn:uuid:other"}""", """{"id":"urn:uuid:mine"}"""));
    }
}
