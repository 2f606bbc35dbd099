using Certfolio.Core.Training;

namespace Certfolio.Core.Status;

/// <summary>Continuing-education credits of a credential's current cycle, due on its expiry date.</summary>
public sealed record CreditProgress(double Earned, double Required, string Unit, DateOnly Due, IReadOnlyList<TrainingActivity> Activities)
{
    /// <summary>How precisely <see cref="Due"/> is known: the expiry's precision.</summary>
    public Model.DatePrecision DuePrecision { get; init; } = Model.DatePrecision.Day;
    public double Remaining => Math.Max(0, Required - Earned);
    public bool IsMet => Earned >= Required;
    /// <summary>Earned as a share of required, 0 to 1.</summary>
    public double Fraction => Required <= 0 ? 1 : Math.Clamp(Earned / Required, 0, 1);
}

/// <summary>One year of a cycle and the credits an annual minimum asks of it.</summary>
public sealed record CycleYearProgress(int Number, DateOnly Start, DateOnly End, double Earned, double Required)
{
    /// <summary>How precisely <see cref="Due"/> is known: the expiry's precision.</summary>
    public Model.DatePrecision DuePrecision { get; init; } = Model.DatePrecision.Day;
    public double Remaining => Math.Max(0, Required - Earned);
    public bool IsMet => Earned >= Required;
    /// <summary>True once the year is over without its minimum.</summary>
    public bool IsMissed(DateOnly today) => today > End && !IsMet;
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
