using Certfolio.Site.Languages;

namespace Certfolio.Site.Pages;

/// <summary>
/// "expires in 2 years 3 months", "läuft in 2 Monaten ab": the same wording, from the same language file, that the page
/// script recomputes in the browser (site.js's <c>relative</c>).
/// </summary>
public static class RelativeTime
{
    public static string DescribeExpiry(DateOnly? expires, DateOnly today) => DescribeExpiry(expires, today, Strings.English);

    public static string DescribeExpiry(DateOnly? expires, DateOnly today, Strings strings)
    {
        if (expires is not { } date) return strings.Get("relative.noExpiry");
        if (date == today) return strings.Get("relative.today");
        return date > today
            ? strings.Format("relative.future", ("span", Span(today, date, strings)))
            : strings.Format("relative.past", ("span", Span(date, today, strings)));
    }

    /// <summary>The time from <paramref name="from"/> to the later <paramref name="to"/> in years and months, or days under a month.</summary>
    public static string Span(DateOnly from, DateOnly to) => Span(from, to, Strings.English);

    public static string Span(DateOnly from, DateOnly to, Strings strings)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (to.Day < from.Day) months--;
        if (months <= 0) return strings.Count("relative.days", to.DayNumber - from.DayNumber);
        var years = months / 12;
        var rest = months % 12;
        if (years == 0) return strings.Count("relative.months", rest);
        if (rest == 0) return strings.Count("relative.years", years);
        return strings.Count("relative.years", years) + strings.Get("relative.and") + strings.Count("relative.months", rest);
    }
}
