using Certfolio.Core.Documents;
using Certfolio.Core.Model;

namespace Certfolio.Core.Portfolios;

/// <summary>
/// The Markdown bodies of a portfolio's credentials, by document, as loaded for a build or a patch
/// (<see cref="LoadPurpose"/>). A portfolio loaded for a report holds none: <see cref="None"/>.
/// </summary>
public sealed class BodySource
{
    private readonly IReadOnlyDictionary<string, Document> _documents;

    public static BodySource None { get; } = new(new Dictionary<string, Document>());

    private BodySource(IReadOnlyDictionary<string, Document> documents) => _documents = documents;

    /// <summary>The bodies of <paramref name="documents"/>, by relative path.</summary>
    public static BodySource Of(IEnumerable<Document> documents) =>
        new(documents.ToDictionary(d => d.RelativePath, StringComparer.Ordinal));

    public int Count => _documents.Count;

    /// <summary>The body of <paramref name="credential"/>'s document; a credential of a portfolio loaded for a report has none here.</summary>
    public DocumentBody Of(Credential credential) => Of(credential.RelativePath);

    public DocumentBody Of(string relativePath) =>
        _documents.TryGetValue(relativePath, out var document)
            ? new DocumentBody(document)
            : throw new KeyNotFoundException($"No body of '{relativePath}': the portfolio was not loaded for a build (LoadPurpose).");
}

/// <summary>One document's Markdown body, a view of the text the loader kept, and where it starts in the file.</summary>
public readonly struct DocumentBody(Document document)
{
    /// <summary>The document's full path, whose folder relative image paths start from.</summary>
    public string FilePath => document.FilePath;

    public string RelativePath => document.RelativePath;

    /// <summary>The Markdown after the front matter (a new string on each call).</summary>
    public string Text => document.Body;

    /// <summary>The Markdown after the front matter, without copying it.</summary>
    public ReadOnlySpan<char> Span => document.BodySpan;

    /// <summary>The 1-based file line the body starts on.</summary>
    public int StartLine => document.BodyStartLine;
}
