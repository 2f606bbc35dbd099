using System.ComponentModel;
using System.Globalization;
using Certfolio.Core.Binding;
using Certfolio.Core.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli.Commands;

/// <summary>Options every portfolio command shares: the folder and the pinned day.</summary>
public class PortfolioSettings : CommandSettings
{
    [CommandArgument(0, "[PATH]")]
    [Description("The portfolio folder (default: the current folder).")]
    public string Path { get; init; } = ".";

    [CommandOption("--today <DATE>")]
    [Description("Take this day (yyyy-MM-dd) as today, for reproducible results.")]
    public string? Today { get; init; }

    public override ValidationResult Validate()
    {
        if (Today is not null)
        {
            if (!DateOnly.TryParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
                return ValidationResult.Error(NotARealDay(Today) is { } why
                    ? $"--today '{Today}' is not a real date ({why})"
                    : $"--today '{Today}' must be a date written yyyy-MM-dd");
            // Reminders and renewal cycles are computed from today: a far year would leave the calendar.
            if (!DateValue.InRange(today))
                return ValidationResult.Error($"--today '{Today}' must fall in the years {DateValue.MinYear} to {DateValue.MaxYear}");
        }
        if (!Directory.Exists(Path))
            return ValidationResult.Error($"'{Path}' is not a folder");
        return ValidationResult.Success();
    }

    /// <summary>Why a value written yyyy-MM-dd names no day (February 30th, month 13), or null when it is not written so.</summary>
    private static string? NotARealDay(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return null;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            return null;
        if (year < 1) return "there is no year 0";
        if (month is < 1 or > 12) return $"there is no month {month}";
        var days = DateTime.DaysInMonth(year, month);
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return day < 1 ? $"there is no day 0" : $"{monthName} {year} has {days} days";
    }

    /// <summary>The clock all date logic uses: pinned by --today, else the system clock.</summary>
    public TimeProvider Clock => Today is null
        ? TimeProvider.System
        : new FixedClock(DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
