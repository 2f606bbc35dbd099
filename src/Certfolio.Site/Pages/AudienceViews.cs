using Certfolio.Site.Templates;

namespace Certfolio.Site.Pages;

// The template model of the two audiences (docs/themes.md, "Audiences"). Member names reach templates in camelCase.

/// <summary><c>site.audience</c>: who the build is for, and what its pages may show.</summary>
public sealed record AudienceView
{
    /// <summary><c>visitor</c> (a published site) or <c>owner</c> (<c>serve</c>, <c>build --owner</c>).</summary>
    public required string Name { get; init; }
    /// <summary>Renewal milestones, the renewal-open status and status counts phrased as to-dos are in the model.</summary>
    public required bool Renewal { get; init; }
    /// <summary>Credit progress (<c>credential.credits</c>) is in the model.</summary>
    public required bool Credits { get; init; }
    /// <summary><c>/calendar.ics</c> is published and <c>site.calendarUrl</c> is set.</summary>
    public required bool Calendar { get; init; }
    /// <summary><c>credential.linkedInUrl</c> is set.</summary>
    public required bool AddToProfile { get; init; }
    /// <summary>What this build shows that visitors of the published site will not see: mark it.</summary>
    public required OwnerOnlyView OwnerOnly { get; init; }
    /// <summary>The owner's dashboard (<c>/owner/</c>); nil in a visitor build.</summary>
    public string? DashboardUrl { get; init; }

    /// <summary>A visitor build with every <c>public:</c> switch off.</summary>
    public static AudienceView Visitor { get; } = new()
    {
        Name = "visitor",
        Renewal = false,
        Credits = false,
        Calendar = false,
        AddToProfile = false,
        OwnerOnly = new OwnerOnlyView { Renewal = false, Credits = false, Calendar = false, AddToProfile = false },
    };
}

/// <summary><c>site.audience.ownerOnly</c>: true for each part shown here only because this is the owner's view.</summary>
public sealed record OwnerOnlyView
{
    public required bool Renewal { get; init; }
    public required bool Credits { get; init; }
    public required bool Calendar { get; init; }
    public required bool AddToProfile { get; init; }
}

/// <summary>The owner's dashboard: <c>dashboard</c> in <c>dashboard.liquid</c>. Only owner builds have one.</summary>
public sealed record DashboardView
{
    /// <summary>Credentials that need attention within <c>site.expiringDays</c>, the soonest deadline first (as <c>certfolio status</c>), at most <see cref="Pages.Dashboard.ListLength"/>.</summary>
    public required IReadOnlyList<DashboardItem> Attention { get; init; }
    /// <summary>How many more need attention than <see cref="Attention"/> shows.</summary>
    public int AttentionMore { get; init; }
    /// <summary>Credentials whose policy asks for credits, the soonest due first, at most <see cref="Pages.Dashboard.ListLength"/>.</summary>
    public required IReadOnlyList<DashboardItem> Credits { get; init; }
    public int CreditsMore { get; init; }
    /// <summary>Every credential, newest first, each with its <c>linkedInUrl</c>, at most <see cref="Pages.Dashboard.ListLength"/>.</summary>
    public required IReadOnlyList<DashboardItem> All { get; init; }
    public int AllMore { get; init; }
    public required StatusCounts Counts { get; init; }
}

/// <summary>One credential on the dashboard.</summary>
public sealed record DashboardItem
{
    public required string Title { get; init; }
    public required string Provider { get; init; }
    public required string Url { get; init; }
    public required string Status { get; init; }
    public required string StatusLabel { get; init; }
    public string? Expires { get; init; }
    public string? ExpiresIso { get; init; }
    /// <summary>What to do next, in words, as <c>certfolio status</c> says it.</summary>
    public required string NextAction { get; init; }
    public string? NextDeadline { get; init; }
    public string? NextDeadlineIso { get; init; }
    public CreditsView? Credits { get; init; }
    public required string LinkedInUrl { get; init; }
}
