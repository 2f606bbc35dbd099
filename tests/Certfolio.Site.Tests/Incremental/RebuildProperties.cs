using System.Globalization;
using System.Text;
using Certfolio.Core.Portfolios;
using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Certfolio.Site.Tests.Incremental;

/// <summary>
/// The promise of incremental rebuilds, checked on random edit sequences: after every edit (a title, a body, the
/// skills, the provider, the level, the dates, a document deleted or added), a rebuild from the last state writes
/// exactly the site a full build of the edited portfolio writes, byte for byte, with no file too many.
/// </summary>
public sealed class RebuildProperties
{
    [Property(MaxTest = 40, Arbitrary = [typeof(EditInputs)])]
    public void Every_rebuild_in_a_random_edit_sequence_equals_a_full_build(EditScript script)
    {
        // Given a small portfolio (colliding titles, skills in two spellings) built once, as serve keeps it
        using var portfolio = TestPortfolio.FromFiles(EditInputs.Files(EditInputs.Initial()));
        var documents = EditInputs.Initial();
        var current = portfolio.Load();
        var site = new MemorySiteWriter();
        var state = TestPortfolio.Builder.Build(current, TestPortfolio.Options(), site).State!;

        foreach (var edit in script.Edits)
        {
            // When one edit is saved and only that document is rebuilt, unchanged credential objects kept
            var changed = edit.Apply(documents);
            foreach (var file in changed)
            {
                var full = Path.Combine(portfolio.Root, file);
                if (documents.TryGetValue(file, out var document)) File.WriteAllText(full, document.Text());
                else File.Delete(full);
            }
            var reloaded = portfolio.Load();
            var next = Shared(current, reloaded, changed);
            var result = TestPortfolio.Builder.Rebuild(state, next, changed, site);

            // Then it stayed incremental and the site is the one a full build gives
            Assert.True(result.Succeeded, $"{edit}: {string.Join('\n', result.Diagnostics)}");
            Assert.True(result.Incremental, edit.ToString());
            var fresh = new MemorySiteWriter();
            TestPortfolio.Builder.Build(reloaded, TestPortfolio.Options(), fresh);
            SameSite.AssertSame(fresh, site, $"after {edit}: ");
            (current, state) = (next, result.State!);
        }
    }

    /// <summary>The reloaded portfolio with every credential not reported as changed replaced by the object built before, as serve's loader keeps them.</summary>
    private static Portfolio Shared(Portfolio before, Portfolio reloaded, IReadOnlyCollection<string> changed)
    {
        var old = before.Credentials.ToDictionary(c => c.RelativePath, StringComparer.Ordinal);
        return reloaded with { Credentials = reloaded.Credentials.Select(c => !changed.Contains(c.RelativePath) && old.TryGetValue(c.RelativePath, out var kept) ? kept : c).ToArray() };
    }
}

/// <summary>One credential document of the edited portfolio.</summary>
public sealed record EditedDocument(string Title, string Body, string[] Skills, string Provider, string? Level, DateOnly Issued, DateOnly? Expires)
{
    public string Text()
    {
        var text = new StringBuilder("---\n");
        text.Append("title: \"").Append(Title).Append("\"\n");
        text.Append("date: \"").Append(Issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\"\n");
        text.Append("provider: \"").Append(Provider).Append("\"\n");
        if (Expires is { } expires) text.Append("expiryDate: \"").Append(expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\"\n");
        if (Skills.Length > 0) text.Append("skills: [").Append(string.Join(", ", Skills.Select(s => $"\"{s}\""))).Append("]\n");
        if (Level is not null) text.Append("level: \"").Append(Level).Append("\"\n");
        return text.Append("---\n\n").Append(Body).Append('\n').ToString();
    }
}

/// <summary>One edit: what changes, which document (an index taken modulo the count) and which new value (likewise).</summary>
public sealed record Edit(string Kind, int Target, int Choice)
{
    private static readonly string[] Titles = ["Cloud Practitioner", "Security Specialist", "Kubernetes Admin", "A & <B>", "Cloud Practitioner"];
    private static readonly string[] Bodies = ["Body.", "# Heading\n\n- one\n- two", "See [x](https://example.org/).", "```\ncode\n```"];
    private static readonly string[][] SkillSets = [[], ["AWS"], ["aws", "Security"], ["Kubernetes", "CI/CD", "CI-CD"], ["Security", "Go", "Rust", "Java", "SQL"]];
    private static readonly string[] Providers = ["Amazon Web Services", "ISC2", "CNCF", "Red Hat"];
    private static readonly string?[] Levels = [null, "Associate", "Professional", "professional", "Expert"];

    /// <summary>Applies the edit to <paramref name="documents"/> (by relative path) and returns the paths it touched.</summary>
    public string[] Apply(SortedDictionary<string, EditedDocument> documents)
    {
        if (Kind == "add" || documents.Count == 0)
        {
            var path = $"certifications/added-{Target}-{Choice}.md";
            documents[path] = new EditedDocument(Pick(Titles), Pick(Bodies), Pick(SkillSets), Pick(Providers), Pick(Levels), new DateOnly(2020, 1, 1).AddDays(Choice * 17), null);
            return [path];
        }
        var target = documents.Keys.ElementAt(Target % documents.Count);
        var document = documents[target];
        var issued = new DateOnly(2018, 1, 1).AddDays(Choice * 23);
        switch (Kind)
        {
            case "delete": documents.Remove(target); return [target];
            case "title": document = document with { Title = Pick(Titles) }; break;
            case "body": document = document with { Body = Pick(Bodies) }; break;
            case "skills": document = document with { Skills = Pick(SkillSets) }; break;
            case "provider": document = document with { Provider = Pick(Providers) }; break;
            case "level": document = document with { Level = Pick(Levels) }; break;
            case "issued": document = document with { Issued = issued, Expires = document.Expires is { } e && e <= issued ? issued.AddYears(3) : document.Expires }; break;
            default: document = document with { Expires = Choice % 3 == 0 ? null : document.Issued.AddDays(200 + Choice * 30) }; break;
        }
        documents[target] = document;
        return [target];
    }

    private T Pick<T>(T[] values) => values[Choice % values.Length];
}

public sealed record EditScript(Edit[] Edits)
{
    public override string ToString() => string.Join("; ", Edits.Select(e => e.ToString()));
}

public static class EditInputs
{
    private static readonly string[] Kinds = ["title", "body", "skills", "provider", "level", "issued", "expires", "delete", "add"];

    public static Arbitrary<EditScript> Scripts() =>
        Gen.ArrayOf(from kind in Gen.Elements(Kinds)
                    from target in Gen.Choose(0, 50)
                    from choice in Gen.Choose(0, 50)
                    select new Edit(kind, target, choice))
            .Select(edits => new EditScript(edits.Take(5).ToArray()))
            .ToArbitrary();

    public static SortedDictionary<string, EditedDocument> Initial() => new(StringComparer.Ordinal)
    {
        ["certifications/aws.md"] = new("Cloud Practitioner", "Body.", ["AWS", "Cloud"], "Amazon Web Services", "Associate", new DateOnly(2024, 3, 1), new DateOnly(2027, 3, 1)),
        ["certifications/cissp.md"] = new("CISSP", "# Heading", ["Security", "Risk"], "ISC2", "Professional", new DateOnly(2022, 5, 31), new DateOnly(2025, 5, 31)),
        ["certifications/cka.md"] = new("Kubernetes Admin", "- list", ["Kubernetes", "aws"], "CNCF", null, new DateOnly(2023, 1, 10), new DateOnly(2026, 1, 10)),
        ["certifications/other.md"] = new("Cloud Practitioner", "Text.", [], "Amazon Web Services", "Professional", new DateOnly(2024, 3, 1), null),
        ["certifications/rhcsa.md"] = new("RHCSA", "Text.", ["Linux"], "Red Hat", "Associate", new DateOnly(2019, 7, 1), new DateOnly(2022, 7, 1)),
    };

    public static Dictionary<string, string> Files(SortedDictionary<string, EditedDocument> documents)
    {
        var files = documents.ToDictionary(d => d.Key, d => d.Value.Text());
        // Pages of two cards, so that edits move cards across pages and make pages come and go.
        files["certfolio.yaml"] = "title: \"Edited\"\nbaseUrl: \"https://example.org/\"\npageSize: 2\n";
        return files;
    }
}
