using Markdig;

namespace Certfolio.Core.Documents;

/// <summary>
/// The Markdown dialect of a document's body: Markdig's advanced extensions one by one, leaving out generic
/// attributes (<c>{onerror=…}</c> would become an attribute without any raw HTML) and media links (they emit iframes).
/// One list, so what <c>check</c> parses is what the site renders.
/// </summary>
public static class BodyMarkdown
{
    public static MarkdownPipeline CreatePipeline() => CreateBuilder().Build();

    /// <summary>The dialect's builder, for a reader that needs more of each node (<c>check</c>'s precise source locations).</summary>
    public static MarkdownPipelineBuilder CreateBuilder() => new MarkdownPipelineBuilder()
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
        .UseAutoLinks();

    /// <summary>True for the exception Markdig throws on input nested past its depth limit.</summary>
    public static bool IsDepthLimit(Exception exception) =>
        exception is InsufficientExecutionStackException
        || (exception is ArgumentException && exception.Message.Contains("too deeply nested", StringComparison.Ordinal));
}
