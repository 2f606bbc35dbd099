using Certfolio.Core.Portfolios;

namespace Certfolio.Interop.Tests.Support;

/// <summary>A throwaway portfolio folder, deleted when disposed.</summary>
public sealed class TempPortfolio : IDisposable
{
    public TempPortfolio(bool withContentFolder = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "certfolio-interop-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (withContentFolder) Directory.CreateDirectory(Path.Combine(Root, "certifications"));
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "certifications");

    public TempPortfolio With(string relative, string text)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public static TempPortfolio WithReference(string? config = null)
    {
        var portfolio = new TempPortfolio().With("certifications/aws-devops-professional.md", TestData.ReferenceDocument);
        // The reference logo lives in the assets folder of a real portfolio.
        portfolio.With("public/logos/dop_icon.png", "png");
        portfolio.With("public/images/external_secret.jpg", "jpg");
        if (config is not null) portfolio.With("certfolio.yaml", config);
        return portfolio;
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public Portfolio Load() => new PortfolioLoader().Load(Root);

    /// <summary>Every file under the root with its content, to prove that nothing changed.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(Root, f), File.ReadAllText);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
