using Certfolio.Core.Portfolios;

namespace Certfolio.Cli.Init;

/// <summary>Where <c>init</c> puts documents, and why: the folder <see cref="PortfolioLayout"/> would discover.</summary>
public sealed record ContentFolderChoice(string RelativePath, string Reason)
{
    /// <summary>
    /// An Astro site keeps content collections in <c>src/content/</c>, a Hugo site its pages in <c>content/</c>;
    /// the folder chosen is one of <see cref="PortfolioLayout.ContentCandidates"/>, so check and build find it unasked.
    /// </summary>
    public static ContentFolderChoice For(string root)
    {
        const string astro = "src/content/certifications", hugo = "content/certifications", plain = "certifications";
        // Whichever candidate already exists wins, in discovery's order, so init never splits documents over two folders.
        foreach (var candidate in PortfolioLayout.ContentCandidates)
            if (Directory.Exists(Path.Combine(root, candidate))) return new(candidate, $"{candidate}/ already exists");
        if (Directory.Exists(Path.Combine(root, "src", "content"))) return new(astro, "src/content/ exists (an Astro site)");
        if (Directory.Exists(Path.Combine(root, "content"))) return new(hugo, "content/ exists (a Hugo site)");
        return new(plain, "no content/ or src/content/ folder");
    }
}
