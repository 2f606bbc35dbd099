using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Renewal;
using Certfolio.Core.Training;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Certfolio.Core.Tests.Training;

/// <summary>Whatever a training.csv or a renewal block holds, reading it never throws and every problem has a position.</summary>
public sealed class LedgerProperties
{
    private static readonly AssetResolver Assets = new(Path.Combine(Path.GetTempPath(), "certfolio-no-such-portfolio", "public"),
        Path.Combine(Path.GetTempPath(), "certfolio-no-such-portfolio"), PhysicalFileSystem.Instance);

    [Property(MaxTest = 500, Arbitrary = [typeof(LedgerInputs)])]
    public bool Random_csv_yields_records_or_positioned_diagnostics(CsvishText input)
    {
        var diagnostics = new DiagnosticBag();
        var activities = TrainingCsvReader.Read(input.Text, "/nowhere/training/training.csv", "training/training.csv", Assets, diagnostics);
        return diagnostics.Items.All(d => d.Location.Line >= 1 && d.Location.Column >= 1)
               && activities.All(a => a.AppliesTo.Count > 0 && (a.Hours > 0 || a.Credits > 0));
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(LedgerInputs)])]
    public bool Random_renewal_blocks_bind_without_throwing(YamlishRenewal input)
    {
        var diagnostics = new DiagnosticBag();
        var text = "renewal:\n" + input.Text;
        var root = YamlFrontMatterReader.Read(new FrontMatterBlock(FrontMatterFormat.Yaml, text, 1, text.Length, 1), "x.md", DocumentLimits.Default, diagnostics);
        if (root is FrontMatterMapping { } map && map.Find("renewal")?.Value is FrontMatterMapping block)
        {
            var terms = RenewalTermsBinder.Bind(block, (_, position, _) => Assert.True(position.Line >= 1));
            return terms.CycleYears is null or >= 1 && terms.CreditsPerHour is null or > 0;
        }
        return true;
    }
}

public sealed record CsvishText(string Text);

public sealed record YamlishRenewal(string Text);

public static class LedgerInputs
{
    private static readonly string[] CsvTokens =
    [
        ",", ",", ";", "\"", "\"\"", "\n", "\r\n", " ", "title", "date", "hours", "credits", "unit", "appliesTo", "evidence", "provider",
        "2025-01-01", "31.02.2025", "01/02/2025", "1.5", "1,5", "-3", "0", "NaN", "1e308", "CPE", "CISSP-1", "../../etc/passwd",
        "https://example.org", "javascript:alert(1)", "\u00e9", "\0", "\t",
    ];

    private static readonly string[] RenewalTokens =
    [
        "  cycleYears: ", "  windowDays: ", "  credits: ", "  creditUnit: ", "  creditsPerHour: ", "  annualMinimum: ", "  url: ", "  other: ",
        "3", "-1", "0", "1e9", "0.5", "three", "[1, 2]", "{a: b}", "~", "''", "\"https://x.org\"", "ftp://x", "\n", "\n", "&a ", "*a",
    ];

    public static Arbitrary<CsvishText> Csv() =>
        (from header in Gen.Elements("title,date,hours,credits,unit,provider,appliesTo,evidence\n", "title,date,hours,appliesTo\n", "", "\"title\n")
         from tokens in Gen.ListOf(Gen.Elements(CsvTokens))
         select new CsvishText(header + string.Concat(tokens))).ToArbitrary();

    public static Arbitrary<YamlishRenewal> Renewal() =>
        Gen.ListOf(Gen.Elements(RenewalTokens)).Select(t => new YamlishRenewal(string.Concat(t))).ToArbitrary();
}
