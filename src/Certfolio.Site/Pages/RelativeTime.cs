namespace Certfolio.Site.Pages;

/// <summary>"in 2 years 3 months", "expired 4 months ago": the same wording the page script recomputes in the browser.</summary>
public static class RelativeTime
{
    public static string DescribeExpiry(DateOnly? expires, DateOnly today)
    {
        if (expires is not { } date) return "does not expire";
        if (date == today) return "expires today";
        return date > today ? "expires in " + Span(today, date) : "expired " + Span(date, today) + " ago";
    }

    /// <summary>The time from <paramref name="from"/> to the later <paramref name="to"/> in years and months, or days under a month.</summary>
    public static string Span(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (to.Day < from.Day) months--;
        if (months <= 0)
        {
            var days = to.DayNumber - from.DayNumber;
            return days == 1 ? "1 day" : $"{days} days";
        }
        var years = months / 12;
        var rest = months % 12;
        var parts = new List<string>(2);
        if (years > 0) parts.Add(years == 1 ? "1 year" : $"{years} years");
        if (rest > 0) parts.Add(rest == 1 ? "1 month" : $"{rest} months");
        return string.Join(' ', parts);
    }
}
