using Certfolio.Core.Diagnostics;
using Certfolio.Core.Tests.Support;
using Certfolio.Core.Training;

namespace Certfolio.Core.Tests.Training;

public sealed class LedgerTests
{
    private const string Cert = "title: CISSP\ndate: 2024-06-01\nprovider: ISC2\ncredentialId: CISSP-1\nexpiryDate: 2027-06-01\nskills: [Security]";

    private static string[] Lines(TrainingLedger ledger) => ledger.Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public void Reads_training_Markdown_files_and_csv_rows()
    {
        // Given one Markdown record and two CSV rows (one with two targets, quoted commas)
        using var portfolio = new TrackingPortfolio()
            .Cert("cissp", Cert)
            .Training("conf", "title: Security conference\ndate: 12.03.2025\nhours: 6\nprovider: OWASP\nappliesTo: [CISSP-1]\nevidence: https://example.org/cert.pdf")
            .File("training/training.csv", "title,date,hours,credits,unit,provider,appliesTo,evidence\n"
                                           + "\"Course, part 1\",2025-01-10,4,,,Acme,CISSP-1;Security,\n"
                                           + "Webinar,2025-02-01,,1.5,CPE,ISC2,Security,\n");

        // When the ledger is loaded
        var ledger = portfolio.Load().Ledger;

        // Then all three are there, in date order, without problems
        Assert.Empty(ledger.Diagnostics);
        Assert.Equal(["Course, part 1", "Webinar", "Security conference"], ledger.Activities.Select(a => a.Title));
        Assert.Equal(["CISSP-1", "Security"], ledger.Activities[0].AppliesTo);
        Assert.Equal(1.5, ledger.Activities[1].Credits);
        Assert.Equal("CPE", ledger.Activities[1].Unit);
        Assert.Equal(new DateOnly(2025, 3, 12), ledger.Activities[2].Date);
        Assert.Equal(3, ledger.Activities[1].Location.Line);
    }

    [Fact]
    public void Training_Markdown_gets_the_same_diagnostics_as_certifications()
    {
        // Given records with a missing key, an impossible date, a wrong type and no amount
        using var portfolio = new TrackingPortfolio()
            .Cert("cissp", Cert)
            .Training("a", "date: 2025-01-01\nhours: 2\nappliesTo: [CISSP-1]")
            .Training("b", "title: B\ndate: 31.02.2025\nhours: 2\nappliesTo: [CISSP-1]")
            .Training("c", "title: C\ndate: 2025-01-01\nhours: lots\nappliesTo: CISSP-1")
            .Training("d", "title: D\ndate: 2025-01-01\ncredits: 2\nappliesTo: [CISSP-1]")
            .File("training/e.md", "title: no front matter\n");

        // When the ledger is loaded
        var ledger = portfolio.Load().Ledger;

        // Then each problem points at its file, line and column
        Assert.Equal(
        [
            "training/a.md:2:1: error CF0101: required key 'title' is missing",
            "training/b.md:3:7: error CF0103: date '31.02.2025' is not a real date",
            "training/c.md:4:8: error CF0102: 'hours' must be a number, not a string",
            "training/d.md:4:10: error CF0304: 'credits' needs a 'unit' (hours, CPE, CEU, PDU…)",
            "training/e.md:1:1: error CF0006: the document has no front matter: it must start with a '---' line (YAML) or a '+++' line (TOML)",
        ], Lines(ledger));
        Assert.DoesNotContain(ledger.Activities, a => a.Title is "B" or "C");
    }

    [Fact]
    public void Broken_yaml_and_binary_files_in_training_are_diagnostics_not_exceptions()
    {
        // Given an unterminated flow sequence and a binary file
        using var portfolio = new TrackingPortfolio()
            .Cert("cissp", Cert)
            .File("training/bad.md", "---\ntitle: x\nappliesTo: [\"a\", \"b\"\ndate: 2025-01-01\n---\n")
            .File("training/bin.md", "---\0\0\0");

        // When the ledger is loaded
        var ledger = portfolio.Load().Ledger;

        // Then both are reported
        Assert.Contains(ledger.Diagnostics, d => d.Id == "CF0008" && d.Location.FilePath == "training/bad.md");
        Assert.Contains(ledger.Diagnostics, d => d.Id == "CF0003" && d.Location.FilePath == "training/bin.md");
        Assert.Empty(ledger.Activities);
    }

    [Fact]
    public void Csv_problems_name_their_row_and_point_at_its_line()
    {
        // Given a CSV with a multi-line quoted title, then bad values in later rows
        using var portfolio = new TrackingPortfolio()
            .Cert("cissp", Cert)
            .File("training/training.csv", "title,date,hours,credits,unit,provider,appliesTo,evidence\n"
                                           + "\"Two\nlines\",2025-01-01,1,,,,CISSP-1,\n"
                                           + "\n"
                                           + "Bad hours,2025-01-01,1;5,,,,CISSP-1,\n"
                                           + "Bad date,2025-13-01,1,,,,CISSP-1,\n"
                                           + ",2025-01-01,1,,,,,\n"
                                           + "No unit,2025-01-01,,3,,,CISSP-1,\n");

        // When the ledger is loaded
        var ledger = portfolio.Load().Ledger;

        // Then each problem says which row, at the row's line
        Assert.Equal(
        [
            "training/training.csv:5:1: error CF0304: row 2: hours '1;5' is not a number (write 1.5, not 1,5)",
            "training/training.csv:6:1: error CF0103: date '2025-13-01' is not a real date",
            "training/training.csv:7:1: error CF0304: row 4: title is empty",
            "training/training.csv:7:1: error CF0304: row 4: appliesTo is empty; list credentialIds or skills separated by ';'",
            "training/training.csv:8:1: error CF0304: row 5: credits needs a unit (hours, CPE, CEU, PDU…)",
        ], Lines(ledger));
        Assert.Equal(["Two\nlines"], ledger.Activities.Select(a => a.Title));
    }

    [Fact]
    public void A_csv_header_with_an_unknown_or_missing_column_is_reported()
    {
        // Given a header with a typo and no appliesTo column
        using var portfolio = new TrackingPortfolio()
            .Cert("cissp", Cert)
            .File("training/training.csv", "title,date,hourz\nA,2025-01-01,3\n");

        // When the ledger is loaded
        var ledger = portfolio.Load().Ledger;

        // Then the header problems are reported and no row is read
        Assert.Equal(
        [
            "training/training.csv:1:1: error CF0304: unknown column 'hourz'; the columns are title,date,hours,credits,unit,provider,appliesTo,evidence",
            "training/training.csv:1:1: error CF0304: the header has no 'appliesTo' column",
            "training/training.csv:1:1: error CF0304: the header needs an 'hours' or a 'credits' column",
        ], Lines(ledger));
        Assert.Empty(ledger.Activities);
    }

    [Fact]
    public void AppliesTo_targets_that_match_nothing_and_missing_evidence_are_warnings()
    {
        // Given a record naming an unknown credential and a missing evidence file, and one escaping the portfolio
        using var portfolio = new TrackingPortfolio()
            .Cert("cissp", Cert)
            .Training("a", "title: A\ndate: 2025-01-01\nhours: 1\nappliesTo:\n  - CISSP-1\n  - Cooking\nevidence: certificates/a.pdf")
            .Training("b", "title: B\ndate: 2025-01-01\nhours: 1\nappliesTo: [CISSP-1]\nevidence: ../../etc/passwd");

        // When the ledger is loaded
        var ledger = portfolio.Load().Ledger;

        // Then the unknown target and the missing file warn, the escape is an error
        Assert.Equal(
        [
            "training/a.md:7:5: warning CF0305: appliesTo 'Cooking' matches no credentialId or skill in the portfolio",
            "training/a.md:8:11: warning CF0306: evidence 'certificates/a.pdf' does not exist in the portfolio",
            "training/b.md:6:11: error CF0304: evidence '../../etc/passwd' points outside the portfolio ('..' leaves the folder)",
        ], Lines(ledger));
        Assert.Equal(Severity.Warning, ledger.Diagnostics[0].Severity);
    }

    [Fact]
    public void Evidence_next_to_the_record_or_in_the_assets_folder_is_found()
    {
        // Given evidence relative to the training file and under the assets root
        using var portfolio = new TrackingPortfolio()
            .Cert("cissp", Cert)
            .File("training/certificates/a.pdf", "%PDF")
            .File("public/evidence/b.pdf", "%PDF")
            .Training("a", "title: A\ndate: 2025-01-01\nhours: 1\nappliesTo: [CISSP-1]\nevidence: certificates/a.pdf")
            .Training("b", "title: B\ndate: 2025-01-01\nhours: 1\nappliesTo: [CISSP-1]\nevidence: /evidence/b.pdf");

        // When the ledger is loaded
        var ledger = portfolio.Load().Ledger;

        // Then nothing is reported
        Assert.Empty(ledger.Diagnostics);
        Assert.Equal(2, ledger.Activities.Count);
    }

    [Fact]
    public void The_training_folder_can_be_moved_in_certfolio_yaml()
    {
        // Given training: ce in the config
        using var portfolio = new TrackingPortfolio()
            .Config("training: ce\n")
            .Cert("cissp", Cert)
            .File("ce/a.md", "---\ntitle: A\ndate: 2025-01-01\nhours: 3\nappliesTo: [CISSP-1]\n---\n");

        // When tracked
        var entry = portfolio.TrackOne("2025-06-01");

        // Then the records there count
        Assert.Equal(3, entry.Credits!.Earned);
    }

    [Fact]
    public void A_portfolio_without_a_training_folder_has_an_empty_ledger()
    {
        // Given no training folder
        using var portfolio = new TrackingPortfolio().Cert("cissp", Cert);

        // When the ledger is loaded
        var ledger = portfolio.Load().Ledger;

        // Then it is empty and clean
        Assert.Empty(ledger.Activities);
        Assert.Empty(ledger.Diagnostics);
    }
}
