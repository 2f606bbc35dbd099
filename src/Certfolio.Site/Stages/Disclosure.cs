using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;

namespace Certfolio.Site.Stages;

/// <summary>
/// What one build shows, decided once from its <see cref="SiteAudience"/> and certfolio.yaml's <c>public:</c> switches,
/// and asked by every stage that could show more than a visitor should see. A part the build does not show is never
/// computed into the model, so no theme can print it.
/// </summary>
internal sealed record Disclosure(SiteAudience Audience, PublicSwitches Public)
{
    public bool IsOwner => Audience == SiteAudience.Owner;

    /// <summary>Renewal milestones, next actions, the renewal-open status and status counts phrased as to-dos.</summary>
    public bool Renewal => IsOwner || Public.Renewal;

    /// <summary>Continuing-education credit progress.</summary>
    public bool Credits => IsOwner || Public.Credits;

    /// <summary><c>/calendar.ics</c> and the links to it.</summary>
    public bool Calendar => IsOwner || Public.Calendar;

    /// <summary>"Add to LinkedIn" links.</summary>
    public bool AddToProfile => IsOwner || Public.AddToProfile;

    /// <summary>The owner's dashboard page (<see cref="DashboardPath"/>).</summary>
    public bool Dashboard => IsOwner;

    public const string DashboardPath = "owner/";

    /// <summary>
    /// The status a credential shows: without renewal, an open renewal window is the owner's business, and the
    /// credential is simply active (valid until its expiry). The page script computes the same without the window's date.
    /// </summary>
    public CredentialStatus Shown(CredentialStatus status) => status == CredentialStatus.RenewalOpen && !Renewal ? CredentialStatus.Active : status;

    /// <summary>True for a status this build can show at all (a filter option, a legend entry).</summary>
    public bool CanShow(CredentialStatus status) => status != CredentialStatus.RenewalOpen || Renewal;
}
