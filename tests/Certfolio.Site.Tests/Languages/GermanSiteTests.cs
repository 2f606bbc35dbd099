using System.Text;
using Certfolio.Core.Diagnostics;
using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Languages;

/// <summary>The site in the owner's language: <c>language: de</c> in certfolio.yaml.</summary>
public sealed class GermanSiteTests
{
    /// <summary>
    /// English words of the interface, each of which the English build of the example prints somewhere (checked below,
    /// so the list cannot go stale), and none of which the example's own documents contain.
    /// </summary>
    private static readonly string[] EnglishInterface =
    [
        "Skip to content", ">Certifications<", ">Skills<", ">Providers<", "Atom feed", "Status as of", "rechecked in your browser",
        "Validity timeline", "Search title, provider, skill, ID", "All skills", "All providers", "All levels", "Any status",
        "Expiring soonest", ">Newest<", "Top skills", ">Issued <", ">Expires <time", "No expiry", "Credential ID", ">Copy<",
        ">Level<", "Verify this credential", "Validity: issued", "More from ", "expires in ", " ago)", "does not expire",
        "of the validity period used", "Link to this section", "current certifications across", " skills<", "certifications covering",
        "Certifications from ", "Page not found", "Back to all certifications", ">active<", ">expired<", ">expiring<", "no expiry",
        "Your dashboard", "Needs attention", "Add to your profile", "Add to LinkedIn", "Only you see this", "Renewal opens",
        ">Expires<", "Renew before", "\"expires in {span}\"", "\"expired {span} ago\"", "\"Copied\"", "{total} shown",
        // the renewal calendar (calendar.ics, lines unfolded)
        "SUMMARY:Expires: ", "SUMMARY:Renewal opens: ", "\\, credential ", "Not renewing", " in 30 days", "logged so far", "\\nNext: ",
    ];

    [Fact]
    public void A_German_build_of_the_example_portfolio_prints_no_English_interface_word()
    {
        // Given the bundled example, once as it is and once with language: de, each for visitors and for the owner
        using var english = ExamplePortfolio(language: null);
        using var german = ExamplePortfolio(language: "de");
        var englishPages = Pages(english);
        var germanPages = Pages(german);

        // Then every listed English word is on the English site (so the list means something) and on no German page
        var unused = EnglishInterface.Where(w => !englishPages.Values.Any(p => p.Contains(w, StringComparison.Ordinal))).ToArray();
        Assert.True(unused.Length == 0, "not printed by the English site: " + string.Join(", ", unused));
        var found = germanPages.SelectMany(p => EnglishInterface.Where(w => p.Value.Contains(w, StringComparison.Ordinal)).Select(w => $"{p.Key}: {w}")).ToArray();
        Assert.True(found.Length == 0, "English on the German site:\n" + string.Join('\n', found));

        // And every German page says so
        foreach (var (path, html) in germanPages.Where(p => p.Key.EndsWith(".html", StringComparison.Ordinal)))
            Assert.True(html.Contains("<html lang=\"de\">", StringComparison.Ordinal), path);
        Assert.Contains("Zum Inhalt springen", germanPages["visitor/index.html"]);
        Assert.Contains("Deine Übersicht", germanPages["owner/owner/index.html"]);
        Assert.Contains("Seite nicht gefunden", germanPages["visitor/404.html"]);
        // And a credential that never expires is called the same on its badge and in the counts, once per label
        Assert.Contains(">1 unbefristet<", germanPages["owner/index.html"]);
        Assert.Contains("04.11.2021 – offen (unbefristet)", germanPages["visitor/index.html"]);
        // And the owner's renewal calendar names its events in German
        Assert.Contains("SUMMARY:Läuft ab: CKA: Certified Kubernetes Administrator", germanPages["owner/calendar.ics"]);
        Assert.Contains("\\nGültig bis 10.02.2027.\\nAls Nächstes: Vor dem 10.02.2027 verlängern", germanPages["owner/calendar.ics"]);
    }

    [Fact]
    public void German_dates_relative_times_and_statuses_are_German()
    {
        // Given a German portfolio whose dates name their months
        var portfolio = InMemoryPortfolio.Parse("""
            -- certfolio.yaml --
            title: "Zertifikate"
            language: "de"
            dateFormat: "d. MMMM yyyy"
            -- certifications/cka.md --
            ---
            title: "CKA"
            date: "15.03.2024"
            expiryDate: "26.01.2027"
            provider: "CNCF"
            ---
            -- certifications/old.md --
            ---
            title: "Old"
            date: "01.05.2020"
            expiryDate: "20.07.2026"
            provider: "Acme"
            ---
            -- certifications/later.md --
            ---
            title: "Later"
            date: "01.12.2025"
            expiryDate: "26.02.2028"
            provider: "Acme"
            ---
            """);

        // When it is built on 26 November 2026
        var (result, site) = portfolio.Build(new DateOnly(2026, 11, 26));

        // Then dates, relative times and statuses are German, on the page and in the script that rechecks them
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var cka = site.Text("certifications/cka/index.html");
        Assert.Contains("15. März 2024", cka);
        Assert.Contains("(läuft in 2 Monaten ab)", cka);
        Assert.Contains(">läuft bald ab<", cka);
        Assert.Contains("(seit 4 Monaten abgelaufen)", site.Text("certifications/old/index.html"));
        Assert.Contains(">abgelaufen<", site.Text("certifications/old/index.html"));
        Assert.Contains("(läuft in 1 Jahr und 3 Monaten ab)", site.Text("certifications/later/index.html"));
        Assert.Contains("1. Mai 2020", site.Text("index.html"));
        var script = site.Text("assets/site.js");
        Assert.Contains("\"relative.future\":\"läuft in {span} ab\"", script);
        Assert.DoesNotContain("/*certfolio:strings*/", script);
    }

    [Fact]
    public void A_region_tag_uses_its_language_and_keeps_its_lang()
    {
        var (result, site) = InMemoryPortfolio.Parse(OneCredential("de-CH")).Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor == Descriptors.UnknownLanguage);
        var home = site.Text("index.html");
        Assert.Contains("<html lang=\"de-CH\">", home);
        Assert.Contains("Zum Inhalt springen", home);
    }

    [Fact]
    public void An_unknown_language_is_a_warning_at_its_value_and_the_site_is_in_English()
    {
        // Given language: fr, which no language file has
        var (result, site) = InMemoryPortfolio.Parse(OneCredential("fr")).Build();

        // Then the build warns at the value and says which languages there are
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Descriptor == Descriptors.UnknownLanguage);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(("certfolio.yaml", 2, 11), (warning.Location.FilePath, warning.Location.Line, warning.Location.Column));
        Assert.Contains("language 'fr' has no language file (the theme has de, en;", warning.Message);
        // And the interface is English
        Assert.Contains("Skip to content", site.Text("index.html"));
    }

    [Fact]
    public void A_language_file_in_the_theme_adds_a_language_and_its_missing_words_are_English()
    {
        // Given theme/languages/fr.json with two words
        using var portfolio = TestPortfolio.FromFiles(new Dictionary<string, string>
        {
            ["certfolio.yaml"] = "title: \"Certificats\"\nlanguage: \"fr\"\n",
            ["certifications/a.md"] = "---\ntitle: \"A\"\ndate: \"01.01.2024\"\nprovider: \"Acme\"\n---\n",
            ["theme/languages/fr.json"] = "{ \"layout.skip\": \"Aller au contenu\", \"status.no-expiry\": \"sans échéance\" }",
        });

        // When it is built
        var (result, site) = portfolio.Build();

        // Then French is a known language: its words are used, English fills the rest
        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor == Descriptors.UnknownLanguage);
        var home = site.Text("index.html");
        Assert.Contains(">Aller au contenu<", home);
        Assert.Contains(">sans échéance<", home);
        Assert.Contains(">Atom feed<", home);
    }

    [Fact]
    public void A_theme_file_of_a_shipped_language_changes_only_its_own_words()
    {
        using var portfolio = TestPortfolio.FromFiles(new Dictionary<string, string>
        {
            ["certfolio.yaml"] = "language: \"de\"\n",
            ["certifications/a.md"] = "---\ntitle: \"A\"\ndate: \"01.01.2024\"\nprovider: \"Acme\"\n---\n",
            ["theme/languages/de.json"] = "{ \"layout.skills\": \"Skills\" }",
        });

        var (_, site) = portfolio.Build();

        var home = site.Text("index.html");
        Assert.Contains(">Skills</a>", home);
        Assert.Contains(">Anbieter</a>", home);
    }

    [Fact]
    public void A_theme_language_file_that_is_no_object_of_strings_stops_the_build()
    {
        using var portfolio = TestPortfolio.FromFiles(new Dictionary<string, string>
        {
            ["certifications/a.md"] = "---\ntitle: \"A\"\ndate: \"01.01.2024\"\nprovider: \"Acme\"\n---\n",
            ["theme/languages/fr.json"] = "{ \"layout.skip\": 3 }",
        });

        var (result, _) = portfolio.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(SiteDescriptors.LanguageFileInvalid, error.Descriptor);
        Assert.Equal("theme/languages/fr.json", error.Location.FilePath);
        Assert.Contains("the value of 'layout.skip' must be a string", error.Message);
    }

    private static string OneCredential(string language) => $"""
        -- certfolio.yaml --
        title: "T"
        language: "{language}"
        -- certifications/a.md --
        ---
        title: "A"
        date: "01.01.2024"
        provider: "Acme"
        ---
        """;

    private static TestPortfolio ExamplePortfolio(string? language)
    {
        var source = Path.Combine(TestPortfolio.RepositoryRoot, "examples", "portfolio");
        var portfolio = TestPortfolio.FromFiles(new Dictionary<string, string> { ["certfolio.yaml"] = "" });
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(portfolio.Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        if (language is not null) File.AppendAllText(Path.Combine(portfolio.Root, "certfolio.yaml"), $"\nlanguage: \"{language}\"\n");
        return portfolio;
    }

    /// <summary>The text files of a visitor build (<c>visitor/…</c>) and an owner build (<c>owner/…</c>).</summary>
    private static Dictionary<string, string> Pages(TestPortfolio portfolio)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (audience, options) in new[] { ("visitor", TestPortfolio.Options()), ("owner", TestPortfolio.OwnerOptions()) })
        {
            var (result, site) = portfolio.Build(options: options);
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor == Descriptors.UnknownLanguage);
            foreach (var (path, bytes) in site.Files.Where(f => Path.GetExtension(f.Key) is ".html" or ".js" or ".xml" or ".ics"))
                pages[$"{audience}/{path}"] = Encoding.UTF8.GetString(bytes).Replace("\r\n ", "", StringComparison.Ordinal);
        }
        return pages;
    }
}
