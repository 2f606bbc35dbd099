using System.ComponentModel;
using System.Globalization;
using Certfolio.Core.Binding;
using Certfolio.Core.Tracking;
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
                return ValidationResult.Error($"--today '{Today}' must be a date written yyyy-MM-dd");
            // Reminders and renewal cycles are computed from today: a far year would leave the calendar.
            if (!DateValue.InRange(today))
                return ValidationResult.Error($"--today '{Today}' must fall in the years {DateValue.MinYear} to {DateValue.MaxYear}");
        }
        if (!Directory.Exists(Path))
            return ValidationResult.Error($"'{Path}' is not a folder");
        return ValidationResult.Success();
    }

    /// <summary>The clock all date logic uses: pinned by --today, else the system clock.</summary>
    public TimeProvider Clock => Today is null
        ? TimeProvider.System
        : new FixedClock(DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
