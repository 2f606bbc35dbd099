using Ganss.Xss;
using Markdig;

namespace Certfolio.Site.Markdown;

/// <summary>The expensive, immutable Markdown objects, built once per process and shared by every render.</summary>
public static class SafeMarkdown
{
    /// <summary>The body dialect (<see cref="Core.Documents.BodyMarkdown"/>), shared with <c>check</c>.</summary>
    public static MarkdownPipeline CreatePipeline() => Core.Documents.BodyMarkdown.CreatePipeline();

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
