using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

public sealed class IncrementalRebuildTests
{
    [Fact]
    public void Editing_one_document_rewrites_its_page_and_the_lists_it_appears_on_only()
    {
        // Given a full build kept in memory
        using var portfolio = TestPortfolio.Copy("basic");
        var site = new MemorySiteWriter();
        var first = TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.Options(), site);

        // When the PMP document's title changes and only that document is rebuilt
        var path = Path.Combine(portfolio.Root, "certifications/pmp.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Project Management Professional", "PMP (renamed)", StringComparison.Ordinal));
        var second = TestPortfolio.Builder.Rebuild(first.State!, portfolio.Load(), ["certifications/pmp.md"], site);

        // Then it was incremental: the PMP page, its skill and provider pages and the home page changed; other credential pages did not
        Assert.True(second.Incremental);
        Assert.Contains("certifications/pmp/index.html", second.ChangedPaths);
        Assert.Contains("skills/project-management/index.html", second.ChangedPaths);
        Assert.Contains("providers/project-management-guild/index.html", second.ChangedPaths);
        Assert.Contains("index.html", second.ChangedPaths);
        Assert.DoesNotContain("certifications/cka/index.html", second.ChangedPaths);
        Assert.DoesNotContain("skills/aws/index.html", second.ChangedPaths);
        Assert.Equal("PMP (renamed)", TestPortfolio.Html(site, "certifications/pmp/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains("PMP (renamed)", TestPortfolio.Html(site, "index.html").QuerySelector("article[data-slug=pmp]")!.TextContent);
    }

    [Fact]
    public void The_incremental_result_equals_a_full_build_of_the_changed_portfolio()
    {
        using var portfolio = TestPortfolio.Copy("basic");
        var site = new MemorySiteWriter();
        var first = TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.Options(), site);

        // A skill is renamed and another document is removed
        var cka = Path.Combine(portfolio.Root, "certifications/cka.md");
        File.WriteAllText(cka, File.ReadAllText(cka).Replace("\"Linux\"", "\"Linux Administration\"", StringComparison.Ordinal));
        File.Delete(Path.Combine(portfolio.Root, "certifications/old-cert.md"));
        TestPortfolio.Builder.Rebuild(first.State!, portfolio.Load(), ["certifications/cka.md", "certifications/old-cert.md"], site);
        var (_, full) = portfolio.Build();

        SameSite.AssertSame(full, site);
        Assert.False(site.Files.ContainsKey("certifications/old-cert/index.html"));
        Assert.False(site.Files.ContainsKey("skills/linux/index.html"));
    }

    [Fact]
    public void A_rebuild_that_moves_a_list_across_a_page_boundary_writes_and_deletes_those_pages_as_a_full_build_does()
    {
        // Given pages of one card: AWS has two credentials (two pages), and the home page four
        using var portfolio = TestPortfolio.Copy("basic");
        portfolio.Write("certfolio.yaml", File.ReadAllText(Path.Combine(portfolio.Root, "certfolio.yaml")) + "pageSize: 1\n");
        var site = new MemorySiteWriter();
        var first = TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.Options(), site);
        Assert.Contains("skills/aws/page/2/index.html", site.Files.Keys);
        Assert.Contains("page/4/index.html", site.Files.Keys);

        // When one AWS credential is removed (AWS down to one page) and the CKA one gains Project Management (up to two)
        File.Delete(Path.Combine(portfolio.Root, "certifications/old-cert.md"));
        var cka = Path.Combine(portfolio.Root, "certifications/cka.md");
        File.WriteAllText(cka, File.ReadAllText(cka).Replace("\"Linux\"", "\"Linux\", \"Project Management\"", StringComparison.Ordinal));
        var second = TestPortfolio.Builder.Rebuild(first.State!, portfolio.Load(), ["certifications/old-cert.md", "certifications/cka.md"], site);

        // Then it stayed incremental, the pages that went away are gone, and the site is a full build's (SameSite: byte for byte but the index)
        Assert.True(second.Incremental);
        var (_, full) = portfolio.Build();
        Assert.DoesNotContain("page/4/index.html", site.Files.Keys);
        Assert.DoesNotContain("skills/aws/page/2/index.html", site.Files.Keys);
        Assert.Contains("skills/project-management/page/2/index.html", site.Files.Keys);
        Assert.Contains("https://example.dev/certs/skills/project-management/page/2/", site.Text("sitemap.xml"));
        SameSite.AssertSame(full, site);
    }

    [Fact]
    public void A_document_removed_without_being_reported_still_loses_its_page()
    {
        using var portfolio = TestPortfolio.Copy("basic");
        var site = new MemorySiteWriter();
        var first = TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.Options(), site);

        File.Delete(Path.Combine(portfolio.Root, "certifications/pmp.md"));
        TestPortfolio.Builder.Rebuild(first.State!, portfolio.Load(), [], site);

        Assert.False(site.Files.ContainsKey("certifications/pmp/index.html"));
        Assert.False(site.Files.ContainsKey("skills/project-management/index.html"));
    }

    [Fact]
    public void A_new_day_rebuilds_everything()
    {
        using var portfolio = TestPortfolio.Copy("basic");
        var site = new MemorySiteWriter();
        var first = TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.Options(), site);

        var second = TestPortfolio.Builder.Rebuild(first.State!, portfolio.Load(), [], site, TestPortfolio.Options(new DateOnly(2026, 11, 27)));

        Assert.False(second.Incremental);
        Assert.Contains("certifications/cka/index.html", second.ChangedPaths);
    }

    [Fact]
    public void A_body_only_edit_rewrites_only_the_credential_page()
    {
        // Given a full build kept in memory
        using var portfolio = TestPortfolio.Copy("basic");
        var site = new MemorySiteWriter();
        var first = TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.Options(), site);
        var home = site.Files["index.html"];

        // When only the CKA document's body changes and it is rebuilt
        var path = Path.Combine(portfolio.Root, "certifications/cka.md");
        File.AppendAllText(path, "\nA new paragraph about the exam.\n");
        var second = TestPortfolio.Builder.Rebuild(first.State!, portfolio.Load(), ["certifications/cka.md"], site);

        // Then the CKA page is the only file written: no home page, search index, list page or feed
        Assert.True(second.Incremental);
        Assert.Equal(["certifications/cka/index.html"], second.ChangedPaths);
        Assert.Contains("A new paragraph about the exam.", site.Text("certifications/cka/index.html"), StringComparison.Ordinal);
        Assert.Same(home, site.Files["index.html"]);
        // And the result is still what a full build gives (SameSite)
        var (_, full) = portfolio.Build();
        SameSite.AssertSame(full, site);
    }

    [Fact]
    public void A_second_body_edit_after_a_skipped_rebuild_still_equals_a_full_build()
    {
        // Given a body-only rebuild, then an edit of the same document's title
        using var portfolio = TestPortfolio.Copy("basic");
        var site = new MemorySiteWriter();
        var first = TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.Options(), site);
        var path = Path.Combine(portfolio.Root, "certifications/cka.md");
        File.AppendAllText(path, "\nMore text.\n");
        var second = TestPortfolio.Builder.Rebuild(first.State!, portfolio.Load(), ["certifications/cka.md"], site);
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: \"", "title: \"Renamed ", StringComparison.Ordinal));

        // When it is rebuilt again
        var third = TestPortfolio.Builder.Rebuild(second.State!, portfolio.Load(), ["certifications/cka.md"], site);

        // Then the lists were rewritten this time, and the site equals a full build
        Assert.Contains("index.html", third.ChangedPaths);
        var (_, full) = portfolio.Build();
        SameSite.AssertSame(full, site);
    }

    [Theory]
    [InlineData("body")]
    [InlineData("title")]
    public void A_rebuild_that_keeps_unchanged_credential_objects_as_serve_does_equals_a_full_build(string edit)
    {
        // Given a full build, and a portfolio that shares every credential object with it but the edited one (as serve's loader does)
        using var portfolio = TestPortfolio.Copy("basic");
        var site = new MemorySiteWriter();
        var before = portfolio.Load();
        var first = TestPortfolio.Builder.Build(before, TestPortfolio.Options(), site);
        var path = Path.Combine(portfolio.Root, "certifications/cka.md");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, edit == "body" ? text + "\nAnother line.\n" : text.Replace("title: \"", "title: \"New ", StringComparison.Ordinal));
        var reloaded = portfolio.Load();
        var edited = reloaded.Credentials.Single(c => c.RelativePath == "certifications/cka.md");
        var shared = before with { Credentials = before.Credentials.Select(c => c.RelativePath == edited.RelativePath ? edited : c).ToArray(), Bodies = reloaded.Bodies };

        // When only that document is rebuilt
        var second = TestPortfolio.Builder.Rebuild(first.State!, shared, ["certifications/cka.md"], site);

        // Then the reused tracking and term indexes give the site a full build gives (SameSite)
        Assert.True(second.Incremental);
        var (_, full) = portfolio.Build();
        SameSite.AssertSame(full, site);
    }

    /// <summary>Each kind of edit serve sees, applied to the "basic" fixture; returns the documents reported as changed.</summary>
    private static string[] Apply(TestPortfolio portfolio, string edit)
    {
        string Replace(string document, string from, string to)
        {
            var path = Path.Combine(portfolio.Root, document);
            var text = File.ReadAllText(path);
            Assert.Contains(from, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
            return document;
        }
        return edit switch
        {
            "title" => [Replace("certifications/cka.md", "title: \"", "title: \"Renamed ")],
            // The same issue day as PMP and a title sorting before it: the card moves past PMP's on every list.
            "title and order" => [Replace("certifications/cka.md", "date: \"2025-02-10\"", "date: \"2023-05-01\""), Replace("certifications/cka.md", "title: \"", "title: \"A ")],
            "issue date" => [Replace("certifications/pmp.md", "date: \"2023-05-01\"", "date: \"2026-01-01\"")],
            "body" => [Replace("certifications/cka.md", "Hands-on exam.", "Hands-on exam, two hours long.")],
            "skill added" => [Replace("certifications/cka.md", "\"Linux\",", "\"Linux\", \"Go\",")],
            "skill removed" => [Replace("certifications/pmp.md", "[\"Project Management\"]", "[\"AWS\"]")],
            "provider" => [Replace("certifications/pmp.md", "provider: \"Project Management Guild\"", "provider: \"Amazon Web Services\"")],
            "expiry" => [Replace("certifications/cka.md", "expiryDate: \"2027-02-10\"", "expiryDate: \"2026-12-01\"")],
            // Expired: the card leaves the home page's current list for its expired one.
            "expired" => [Replace("certifications/cka.md", "expiryDate: \"2027-02-10\"", "expiryDate: \"2026-01-01\"")],
            "level" => [Replace("certifications/cka.md", "level: \"Professional\"", "level: \"Expert\"")],
            "deleted" => Delete(portfolio, "certifications/old-cert.md"),
            "added" => Add(portfolio),
            _ => throw new ArgumentOutOfRangeException(nameof(edit)),
        };
    }

    private static string[] Delete(TestPortfolio portfolio, string document)
    {
        File.Delete(Path.Combine(portfolio.Root, document));
        return [document];
    }

    private static string[] Add(TestPortfolio portfolio)
    {
        var text = File.ReadAllText(Path.Combine(portfolio.Root, "certifications/pmp.md"))
            .Replace("Project Management Professional", "Agile Practitioner", StringComparison.Ordinal)
            .Replace("[\"Project Management\"]", "[\"Agile\", \"Project Management\"]", StringComparison.Ordinal);
        portfolio.Write("certifications/agile.md", text);
        return ["certifications/agile.md"];
    }

    /// <summary>The reloaded portfolio with every credential not reported as changed replaced by the object built before, as serve's loader keeps them.</summary>
    private static Core.Portfolios.Portfolio Shared(Core.Portfolios.Portfolio before, Core.Portfolios.Portfolio reloaded, IEnumerable<string> changed)
    {
        var edited = changed.ToHashSet(StringComparer.Ordinal);
        var old = before.Credentials.ToDictionary(c => c.RelativePath, StringComparer.Ordinal);
        return reloaded with { Credentials = reloaded.Credentials.Select(c => !edited.Contains(c.RelativePath) && old.TryGetValue(c.RelativePath, out var kept) ? kept : c).ToArray() };
    }

    private static void AssertSameAsFullBuild(TestPortfolio portfolio, MemorySiteWriter site)
    {
        var (_, full) = portfolio.Build();
        SameSite.AssertSame(full, site);
    }

    [Theory]
    [InlineData("title", false)]
    [InlineData("title", true)]
    [InlineData("title and order", true)]
    [InlineData("issue date", true)]
    [InlineData("body", false)]
    [InlineData("body", true)]
    [InlineData("skill added", true)]
    [InlineData("skill removed", false)]
    [InlineData("skill removed", true)]
    [InlineData("provider", true)]
    [InlineData("expiry", true)]
    [InlineData("expired", true)]
    [InlineData("level", true)]
    [InlineData("deleted", false)]
    [InlineData("deleted", true)]
    [InlineData("added", false)]
    [InlineData("added", true)]
    public void An_incremental_rebuild_after_an_edit_equals_a_full_build_byte_for_byte(string edit, bool sharedObjects)
    {
        // Given a full build kept in memory
        using var portfolio = TestPortfolio.Copy("basic");
        var site = new MemorySiteWriter();
        var before = portfolio.Load();
        var first = TestPortfolio.Builder.Build(before, TestPortfolio.Options(), site);

        // When one document is edited, added or deleted and only it is rebuilt (its unchanged neighbours reloaded, or kept as serve keeps them)
        var changed = Apply(portfolio, edit);
        var reloaded = portfolio.Load();
        var second = TestPortfolio.Builder.Rebuild(first.State!, sharedObjects ? Shared(before, reloaded, changed) : reloaded, changed, site);

        // Then the rebuild was incremental and the site is what a full build of the edited folder gives (SameSite)
        Assert.True(second.Succeeded);
        Assert.True(second.Incremental);
        AssertSameAsFullBuild(portfolio, site);
    }

    [Fact]
    public void A_chain_of_rebuilds_each_from_the_last_stays_equal_to_a_full_build()
    {
        // Given a full build, and the state each rebuild leaves
        using var portfolio = TestPortfolio.Copy("basic");
        var site = new MemorySiteWriter();
        var current = portfolio.Load();
        var state = TestPortfolio.Builder.Build(current, TestPortfolio.Options(), site).State!;

        foreach (var edit in new[] { "title", "added", "title and order", "skill added", "deleted", "expired", "provider", "body", "level", "issue date" })
        {
            // When each edit is rebuilt from the state the previous rebuild left
            var changed = Apply(portfolio, edit);
            var next = Shared(current, portfolio.Load(), changed);
            var result = TestPortfolio.Builder.Rebuild(state, next, changed, site);

            // Then every step equals a full build
            Assert.True(result.Incremental, edit);
            AssertSameAsFullBuild(portfolio, site);
            (current, state) = (next, result.State!);
        }
    }

    [Fact]
    public void A_title_edit_leaves_the_sitemap_robots_and_untouched_term_pages_unwritten()
    {
        // Given a full build
        using var portfolio = TestPortfolio.Copy("basic");
        var site = new MemorySiteWriter();
        // (the owner's view, as serve rebuilds it, so that the calendar is published)
        var first = TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.OwnerOptions(), site);

        // When CKA's title changes
        var changed = Apply(portfolio, "title");
        var second = TestPortfolio.Builder.Rebuild(first.State!, portfolio.Load(), changed, site);

        // Then the files that cannot show a title (or not this one) were not written, and those that do were
        Assert.DoesNotContain("sitemap.xml", second.ChangedPaths);
        Assert.DoesNotContain("robots.txt", second.ChangedPaths);
        Assert.DoesNotContain("skills/aws/index.html", second.ChangedPaths);
        Assert.DoesNotContain("providers/amazon-web-services/index.html", second.ChangedPaths);
        Assert.Contains("index.html", second.ChangedPaths);
        Assert.Contains("search.json", second.ChangedPaths);
        Assert.Contains("calendar.ics", second.ChangedPaths);
        Assert.Contains("skills/kubernetes/index.html", second.ChangedPaths);
        Assert.Contains("providers/cloud-native-computing-foundation/index.html", second.ChangedPaths);
    }

    [Fact]
    public void An_edit_only_cards_show_rewrites_only_the_list_pages_holding_that_card()
    {
        // Given a full build in pages of one card: home pages CKA, AWS DevOps, PMP, then the expired one; skills/aws AWS DevOps, then the expired one
        using var portfolio = TestPortfolio.Copy("basic");
        portfolio.Write("certfolio.yaml", File.ReadAllText(Path.Combine(portfolio.Root, "certfolio.yaml")) + "pageSize: 1\n");
        var site = new MemorySiteWriter();
        var first = TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.Options(), site);
        Assert.Contains("aws-devops", site.Text("page/2/index.html"), StringComparison.Ordinal);

        // When AWS DevOps's credential ID changes (on its card, in no count, facet or timeline)
        var path = Path.Combine(portfolio.Root, "certifications", "aws-devops.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("DOP-C02-789456", "DOP-C02-000001", StringComparison.Ordinal));
        var second = TestPortfolio.Builder.Rebuild(first.State!, portfolio.Load(), ["certifications/aws-devops.md"], site);

        // Then its home page and skill page were written, the pages of the other cards were not, and the site is a full build's
        Assert.True(second.Incremental);
        Assert.Contains("page/2/index.html", second.ChangedPaths);
        Assert.Contains("skills/aws/index.html", second.ChangedPaths);
        Assert.DoesNotContain("page/3/index.html", second.ChangedPaths);
        Assert.DoesNotContain("page/4/index.html", second.ChangedPaths);
        Assert.DoesNotContain("skills/aws/page/2/index.html", second.ChangedPaths);
        Assert.Contains("DOP-C02-000001", site.Text("page/2/index.html"), StringComparison.Ordinal);
        AssertSameAsFullBuild(portfolio, site);
    }
}
