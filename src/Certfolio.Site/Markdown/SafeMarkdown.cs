using Ganss.Xss;
using Markdig;

namespace Certfolio.Site.Markdown;

/// <summary>The expensive, immutable Markdown objects, built once per process and shared by every render.</summary>
public static class SafeMarkdown
{
    /// <summary>
    /// Markdig's advanced extensions one by one, leaving out generic attributes (<c>{onerror=…}</c> would
    /// become an attribute without any raw HTML) and media links (they emit iframes).
    /// </summary>
    public static MarkdownPipeline CreatePipeline() => new MarkdownPipelineBuilder()
        .UseAlertBlocks()
        .UseAbbreviations()
        .UseAutoIdentifiers()
        .UseCitations()
        .UseCustomContainers()
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseFigures()
        .UseFooters()
        .UseFootnotes()
        .UseGridTables()
        .UseMathematics()
        .UsePipeTables()
        .UseListExtras()
        .UseTaskLists()
        .UseDiagrams()
        .UseAutoLinks()
        .Build();

    /// <summary>The sanitizer for bodies with raw HTML: its defaults plus ids, classes (anchors, code languages) and mailto.</summary>
    public static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
