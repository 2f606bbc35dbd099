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
/// Many pieces of trusted markup printed one after another (the cards of a list page), kept as the UTF-8 bytes
/// each card was rendered to. A page spliced from them costs a copy of the bytes, not a render or an encoding.
/// </summary>
public sealed class TrustedFragments(IReadOnlyList<byte[]> fragments)
{
    public IReadOnlyList<byte[]> Items => fragments;

    public int Count => fragments.Count;

    public long Length => fragments.Sum(f => (long)f.Length);
}
