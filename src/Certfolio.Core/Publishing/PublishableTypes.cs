namespace Certfolio.Core.Publishing;

/// <summary>
/// The only kinds of file a build copies from a portfolio: images and PDF documents. Everything else in a
/// portfolio folder (Markdown sources, <c>certfolio.yaml</c>, scripts, stylesheets, pages, keys) stays private.
/// </summary>
public static class PublishableTypes
{
    public static readonly IReadOnlyList<string> Extensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".pdf"];

    /// <summary>The list as messages print it.</summary>
    public const string Listed = "png, jpg, jpeg, gif, webp, avif, svg, pdf";

    public static bool Allows(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    public static bool IsSvg(string path) => Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase);
}
