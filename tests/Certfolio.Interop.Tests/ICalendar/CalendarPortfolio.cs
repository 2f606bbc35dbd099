using System.Globalization;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Status;
using Certfolio.Core.Time;

namespace Certfolio.Interop.Tests.ICalendar;

/// <summary>A portfolio folder written at run time and tracked on a pinned day; deleted on dispose.</summary>
internal sealed class CalendarPortfolio : IDisposable
{
    public CalendarPortfolio() => Root = Directory.CreateTempSubdirectory("certfolio-ics-").FullName;

    public string Root { get; }

    public CalendarPortfolio File(string relative, string text)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
        return this;
    }

    public CalendarPortfolio Cert(string name, string frontMatter) => File($"certifications/{name}.md", $"---\n{frontMatter.Trim()}\n---\nBody.\n");

    public TrackingReport Track(string today) =>
        Tracker.Track(new PortfolioLoader().Load(Root), new FixedClock(DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing dispose would hide the test's real outcome.
        }
    }
}
