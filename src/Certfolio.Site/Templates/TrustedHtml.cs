namespace Certfolio.Site.Templates;

/// <summary>
/// Markup Certfolio produced itself (a sanitized body, an SVG, JSON-LD, a rendered card), which templates print
/// without encoding. Document text is never wrapped in this type: it always reaches templates as a string.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public static TrustedHtml Empty { get; } = new(string.Empty);

    public override string ToString() => Html;
}

/// <summary>
/// Many pieces of trusted markup printed one after another (the cards of a list page), streamed straight to the
/// output so a list page with thousands of cards never builds one large string first.
/// </summary>
public sealed class TrustedFragments(IReadOnlyList<string> fragments)
{
    public IReadOnlyList<string> Items => fragments;

    public int Count => fragments.Count;
}
