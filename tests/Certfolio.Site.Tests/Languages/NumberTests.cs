using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Certfolio.Site.Languages;
using Certfolio.Site.Publishing;
using Certfolio.Site.Templates;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Languages;

/// <summary>Numbers people read are written as the site's language writes them: 17.5 and 1,234, or 17,5 and 1.234.</summary>
public sealed partial class NumberTests
{
    private static readonly Strings German = LanguageFiles.Resolve(ThemeLoader.DefaultLanguages(), "de", out _);

    // A decimal number (17.5), not a date (10.02.2027) or a version (1.31.2).
    [GeneratedRegex(@"(?<![\d.])\d+\.\d+(?![\d.])")]
    private static partial Regex DecimalPointNumber();

    [Fact]
    public void Amounts_and_counts_take_the_separators_of_the_language_file()
    {
        Assert.Equal(("17.5", "1,234", "120", "1,216.5"), (Strings.English.Number(17.5), Strings.English.Number(1234L), Strings.English.Number(120.0), Strings.English.Number(1216.5)));
        Assert.Equal(("17,5", "1.234", "120", "1.216,5"), (German.Number(17.5), German.Number(1234L), German.Number(120.0), German.Number(1216.5)));
        // At most two decimals, as the CLI prints amounts
        Assert.Equal("0,33", German.Number(1 / 3.0));
        Assert.Equal("1.234 Kompetenzen", German.Count("counts.skills", 1234));
        Assert.Equal("1,234 skills", Strings.English.Count("counts.skills", 1234));
    }

    [Fact]
    public void A_language_file_of_the_theme_chooses_its_own_separators()
    {
        var files = new Dictionary<string, IReadOnlyDictionary<string, string>>(ThemeLoader.DefaultLanguages(), StringComparer.OrdinalIgnoreCase)
        {
            ["de-CH"] = new Dictionary<string, string> { ["number.group"] = "’", ["number.decimal"] = "." },
            ["fr"] = new Dictionary<string, string> { ["number.group"] = "\u202f", ["number.decimal"] = "," },
            ["xx"] = new Dictionary<string, string> { ["number.group"] = "" },
        };

        Assert.Equal("1’234.5", LanguageFiles.Resolve(files, "de-CH", out _).Number(1234.5));
        Assert.Equal("1\u202f234,5", LanguageFiles.Resolve(files, "fr", out _).Number(1234.5));
        Assert.Equal("1234.5", LanguageFiles.Resolve(files, "xx", out _).Number(1234.5));
    }

    [Theory]
    [InlineData(null, "17.5 of 1,234 CPE, 1,216.5 to go by")]
    [InlineData("de", "Weiterbildungspunkte: 17,5 von 1.234 CPE, noch 1.216,5 bis")]
    public void Credits_on_the_credential_page_and_the_dashboard_are_written_in_the_language(string? language, string progress)
    {
        // Given a credential whose policy asks for 1,234 CPE, of which 17.5 are logged
        var (_, site) = Build(language, """
            -- certifications/big.md --
            ---
            title: "Big"
            date: "2025-01-01"
            provider: "Acme"
            credentialId: "BIG-1"
            expiryDate: "2028-01-01"
            renewal:
              cycleYears: 3
              credits: 1234
              creditUnit: "CPE"
            ---
            -- training/training.csv --
            title,date,hours,credits,unit,provider,appliesTo,evidence
            Course,2025-03-01,,17.5,CPE,Acme,BIG-1,
            """);

        // When the owner's view is read
        var page = TestPortfolio.Html(site, "certifications/big/index.html");
        var dashboard = TestPortfolio.Html(site, "owner/index.html");

        // Then the credits people read are in the language's numbers, and the progress bar keeps the browser's
        Assert.Contains(progress, page.GetElementById("credits-label")!.TextContent, StringComparison.Ordinal);
        var bar = page.QuerySelector("progress.credit-bar")!;
        Assert.Equal(("1234", "17.5"), (bar.GetAttribute("max"), bar.GetAttribute("value")));
        Assert.Contains(language is null ? "17.5 of 1,234 CPE" : "17,5 von 1.234 CPE", dashboard.QuerySelector(".credits-table td")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(language is null ? "1,234 CPE due" : "1.234 CPE fällig", page.QuerySelector("ol.milestones")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "1,234.5 · 1–1,000 of 1,234 · 2,048 · 1,000 skills · 7")]
    [InlineData("de", "1.234,5 · 1–1.000 von 1.234 · 2.048 · 1.000 Kompetenzen · 7")]
    public void A_template_writes_numbers_with_the_number_filter_and_in_the_placeholders_of_t(string? language, string expected)
    {
        // Given a theme whose 404 page prints numbers on their own, in placeholders and as counts (a year stays text)
        var (_, site) = Build(language, """
            -- certifications/a.md --
            ---
            title: "A"
            date: "2025-01-01"
            provider: "Acme"
            ---
            -- theme/templates/404.liquid --
            <p id="n">{{ 1234.5 | number }} · {{ "paging.range" | t: first: 1, last: 1000, total: 1234 }} · {{ 2048 | number }} · {{ "counts.skills" | t: count: 1000 }} · {{ "7" | number }}</p>
            """);

        // Then each is written in the language
        Assert.Equal(expected, TestPortfolio.Html(site, "404.html").GetElementById("n")!.TextContent);
    }

    [Fact]
    public void No_page_of_the_German_example_prints_a_number_with_a_decimal_point()
    {
        // Given the example portfolio in German, built for its owner (who sees the credits: 9.5 of 60 PDU in English)
        using var example = TestPortfolio.Copy(Path.Combine(TestPortfolio.RepositoryRoot, "examples", "portfolio"));
        File.AppendAllText(Path.Combine(example.Root, "certfolio.yaml"), "\nlanguage: \"de\"\n");
        var (result, site) = example.Build(options: TestPortfolio.OwnerOptions());
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        // When the text people read is taken from every page: the text of the elements and the words of the attributes
        // read out, without the documents' own Markdown bodies (a body may quote "version 2.5")
        var found = new List<string>();
        foreach (var path in site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = TestPortfolio.Html(site, path);
            foreach (var hidden in page.QuerySelectorAll("script, style, template, .prose").ToArray()) hidden.Remove();
            var text = page.Body!.TextContent + " " + string.Join(" ", page.QuerySelectorAll("[aria-label], [title], [placeholder], [alt]")
                .SelectMany(e => new[] { "aria-label", "title", "placeholder", "alt" }.Select(a => e.GetAttribute(a) ?? "")));
            found.AddRange(DecimalPointNumber().Matches(text).Select(m => $"{path}: {Around(text, m)}"));
        }

        // Then none of it has a number with a decimal point, and the German credits are there with a comma
        Assert.True(found.Count == 0, "decimal points on the German site:\n" + string.Join('\n', found));
        Assert.Contains("9,5 von 60 PDU", TestPortfolio.Html(site, "certifications/pmp/index.html").GetElementById("credits-label")!.TextContent, StringComparison.Ordinal);
    }

    private static string Around(string text, Match match) =>
        text[Math.Max(0, match.Index - 30)..Math.Min(text.Length, match.Index + match.Length + 10)].ReplaceLineEndings(" ");

    private static (Certfolio.Site.BuildResult Result, MemorySiteWriter Site) Build(string? language, string files)
    {
        var portfolio = InMemoryPortfolio.Parse($"""
            -- certfolio.yaml --
            title: "T"
            {(language is null ? "" : $"language: \"{language}\"")}
            {files}
            """);
        var (result, site) = portfolio.Build(options: portfolio.Options() with { Audience = SiteAudience.Owner });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return (result, site);
    }
}
