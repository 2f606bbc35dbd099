namespace Certfolio.Core.Portfolios;

/// <summary>
/// <c>public:</c> in certfolio.yaml: what the owner chose to publish to every visitor beyond the credentials and their
/// validity. Each switch is off unless set to <c>true</c>, because each shows the owner's own to-do list: renewal
/// milestones, next actions and status counts phrased as to-dos (<see cref="Renewal"/>), continuing-education credit
/// progress (<see cref="Credits"/>), the renewal calendar <c>/calendar.ics</c> (<see cref="Calendar"/>), and
/// "Add to LinkedIn" buttons, which add the owner's certificate to whoever clicks them (<see cref="AddToProfile"/>).
/// </summary>
public sealed record PublicSwitches
{
    /// <summary>The keys of <c>public:</c>, as written in certfolio.yaml.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["renewal", "credits", "calendar", "addToProfile"];

    public bool Renewal { get; init; }
    public bool Credits { get; init; }
    public bool Calendar { get; init; }
    public bool AddToProfile { get; init; }

    /// <summary>Nothing beyond the credentials and their validity: the default.</summary>
    public static PublicSwitches None { get; } = new();
}
