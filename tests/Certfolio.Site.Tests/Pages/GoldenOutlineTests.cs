using System.Text;
using AngleSharp.Dom;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

/// <summary>
/// Golden outlines of rendered pages: the element tree (tag, id, classes, landmark attributes, short text) parsed
/// with AngleSharp, compared with <c>Golden/NAME.outline.txt</c>. On a difference the test writes
/// <c>Golden/NAME.outline.actual.txt</c> beside it; to accept new output, run the tests with
/// <c>CERTFOLIO_ACCEPT=1</c> (or copy the .actual file over the golden one) and review the diff in git.
/// </summary>
public sealed class GoldenOutlineTests
{
    [Theory]
    [InlineData("index.html", "home")]
    [InlineData("certifications/aws-devops/index.html", "credential")]
    [InlineData("skills/aws/index.html", "skill")]
    [InlineData("skills/index.html", "skills-index")]
    public void The_page_structure_matches_its_golden_outline(string page, string name)
    {
        // Given the basic fixture built on a pinned day
        using var portfolio = TestPortfolio.Copy("basic");
        var (_, site) = portfolio.Build();

        // When the page's element tree is outlined
        var outline = Outline(TestPortfolio.Html(site, page).DocumentElement);

        // Then it equals the golden outline
        var golden = Path.Combine(TestPortfolio.RepositoryRoot, "tests", "Certfolio.Site.Tests", "Golden", name + ".outline.txt");
        var actual = Path.ChangeExtension(golden, ".actual.txt");
        if (Environment.GetEnvironmentVariable("CERTFOLIO_ACCEPT") == "1") File.WriteAllText(golden, outline);
        var expected = File.Exists(golden) ? File.ReadAllText(golden) : "";
        if (expected != outline) File.WriteAllText(actual, outline);
        else if (File.Exists(actual)) File.Delete(actual);
        Assert.True(expected == outline, $"{name}: the outline differs from {golden}; see {actual}");
    }

    private static string Outline(IElement root)
    {
        var builder = new StringBuilder();
        Walk(root, 0, builder);
        return builder.ToString();
    }

    private static void Walk(IElement element, int depth, StringBuilder builder)
    {
        builder.Append(' ', depth * 2).Append(element.LocalName);
        if (element.Id is { Length: > 0 } id) builder.Append('#').Append(id);
        foreach (var cls in element.ClassList) builder.Append('.').Append(cls);
        foreach (var name in new[] { "role", "aria-label", "aria-labelledby", "aria-current", "rel", "type", "name", "hidden", "data-status", "data-slug" })
        {
            if (element.GetAttribute(name) is { } value) builder.Append(" [").Append(name).Append('=').Append(value).Append(']');
        }
        var text = string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data)).Trim();
        if (text.Length > 0 && element.LocalName is not ("script" or "style")) builder.Append(" \"").Append(text.Length > 40 ? text[..40] + "…" : text).Append('"');
        builder.Append('\n');
        // SVG internals and JSON-LD are covered by their own tests.
        if (element.LocalName is "svg" or "head") return;
        foreach (var child in element.Children) Walk(child, depth + 1, builder);
    }
}
