using Certfolio.Core.Portfolios;
using Certfolio.Core.Status;
using Certfolio.Core.Tests.Support;
using Certfolio.Core.Time;

namespace Certfolio.Core.Tests.Support;

/// <summary>A portfolio written at run time, one front matter string per file, tracked on a pinned day.</summary>
internal sealed class TrackingPortfolio : IDisposable
{
    private readonly TempPortfolio _temp = new();

    public string Root => _temp.Root;

    public TrackingPortfolio Cert(string name, string frontMatter, string body = "# Body\n")
    {
        _temp.Write($"certifications/{name}.md", $"---\n{frontMatter.Trim()}\n---\n{body}");
        return this;
    }

    public TrackingPortfolio Training(string name, string frontMatter)
    {
        _temp.Write($"training/{name}.md", $"---\n{frontMatter.Trim()}\n---\nNotes.\n");
        return this;
    }

    public TrackingPortfolio File(string relative, string text)
    {
        _temp.Write(relative, text);
        return this;
    }

    public TrackingPortfolio Config(string yaml) => File("certfolio.yaml", yaml);

    public Portfolio Load() => new PortfolioLoader().Load(Root);

    public TrackingReport Track(string today, int? expiringDays = null) =>
        Tracker.Track(Load(), new FixedClock(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)), new TrackingOptions { ExpiringDays = expiringDays });

    public CredentialTracking TrackOne(string today, int? expiringDays = null) => Assert.Single(Track(today, expiringDays).Entries);

    public void Dispose() => _temp.Dispose();
}
