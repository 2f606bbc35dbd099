namespace Certfolio.Interop.ICalendar;

/// <summary>How <see cref="CalendarWriter"/> names the calendar and its events.</summary>
public sealed record CalendarOptions
{
    /// <summary>The calendar's display name (X-WR-CALNAME); null takes the portfolio's title.</summary>
    public string? Name { get; init; }
    /// <summary>The right-hand side of every UID. Keep it fixed so subscribed calendars update instead of duplicating.</summary>
    public string UidDomain { get; init; } = "certfolio";
    /// <summary>Put before each credential's slug in UIDs, to keep several portfolios (a team) apart.</summary>
    public string? UidPrefix { get; init; }
    /// <summary>Days before each event a reminder fires.</summary>
    public IReadOnlyList<int> AlarmDays { get; init; } = [30, 7];
    /// <summary>What the events are called: English, or the site's language in a site build.</summary>
    public ICalendarWords Words { get; init; } = EnglishCalendarWords.Instance;

    public static CalendarOptions Default { get; } = new();
}
