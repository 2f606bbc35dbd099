using Certfolio.Core.Model;
using Certfolio.Core.Status;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.SchemaOrg;
using Certfolio.Site.Markdown;
using Certfolio.Site.Publishing;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Pages;

/// <summary>Render stage for one credential: body, view, card and page. Runs on many threads at once.</summary>
internal static class CredentialPage
{
    public const int CardSkillCount = 4;

    public static CredentialRender Render(Credential credential, BuildContext build, BodyRenderer bodies, PageRenderer renderer, ISiteWriter writer)
    {
        var assets = new List<AssetCopy>();
        var tracking = build.Track(credential);
        var (status, renewalOpens, expires) = (tracking.Status, tracking.RenewalOpens, tracking.Expires);
        var skills = SkillLinks(credential, build);
        var provider = build.Providers.Get(credential.Provider);
        var logoUrl = credential.Logo is { } logo ? build.MapAsset(logo.Value, assets) : null;
        var sitePath = BuildContext.CredentialPath(credential.Slug);

        var source = build.Portfolio.Bodies.Of(credential);
        var body = bodies.Render(source.Text, new BodyContext(build.Publishing, Path.GetDirectoryName(source.FilePath), build.BasePath, build.Config.UnsafeHtml));
        assets.AddRange(body.Assets);

        var view = new CredentialView
        {
            Slug = credential.Slug,
            Url = build.Url(sitePath),
            Title = credential.Title,
            Provider = credential.Provider,
            ProviderLink = build.ProviderLink(provider),
            Description = credential.Description,
            CredentialId = credential.CredentialId,
            Level = credential.Level,
            Issued = build.FormatDate(credential.Issued),
            IssuedIso = BuildContext.Iso(credential.Issued),
            Expires = expires is { } e ? build.FormatDate(e) : null,
            ExpiresIso = expires is { } e2 ? BuildContext.Iso(e2) : null,
            HasExpiry = expires is not null,
            ExpiryFromPolicy = tracking.ExpiryFromPolicy,
            HasPolicy = tracking.Policy is not null && expires is not null,
            RenewalOpensIso = renewalOpens is { } opens ? BuildContext.Iso(opens) : null,
            ExpiryRelative = RelativeTime.DescribeExpiry(expires, build.Today),
            VerificationUrl = credential.VerificationUrl is { } v ? UrlPolicy.Clean(v) : null,
            Status = status.ToSlug(),
            StatusLabel = status.ToLabel(),
            Skills = skills,
            CardSkills = skills.Length <= CardSkillCount ? skills : skills[..CardSkillCount],
            MoreSkills = Math.Max(0, skills.Length - CardSkillCount),
            LogoUrl = logoUrl,
            LogoAlt = credential.Provider,
            Monogram = new TrustedHtml(Monogram.Svg(credential.Provider)),
            Timeline = new TrustedHtml(TimelineSvg.Validity(credential.Issued, expires, build.Today, status, renewalOpens)),
            Body = RenderedBody.Empty,
            Renew = credential.Renew,
            Extra = credential.Extra,
            SourcePath = credential.RelativePath,
        };

        var card = renderer.RenderUtf8("card", null, ("credential", view));
        var page = new PageView
        {
            Kind = "credential",
            Title = credential.Title,
            Description = credential.Description ?? $"{credential.Title}, issued by {credential.Provider} on {view.Issued}.",
            Url = view.Url,
            Canonical = build.Absolute(sitePath),
            Image = SchemaOrgWriter.AbsoluteLogoUrl(credential.Logo, build.BaseUrl) is { } image && logoUrl is not null ? image : null,
            JsonLd = new TrustedHtml(SchemaOrgWriter.SerializeCredential(credential, build.BaseUrl)),
            OpenGraphType = "article",
        };
        var full = view with
        {
            Body = body,
            Milestones = tracking.Policy is null || expires is null ? [] : tracking.Milestones(build.Today).Select(m => Milestone(m, build)).ToArray(),
            Credits = tracking.Policy is not null && tracking.Credits is { } credits ? Credits(credits, build) : null,
            LinkedInUrl = LinkedInAddToProfile.UrlFor(credential),
        };
        var pagePath = sitePath + "index.html";
        renderer.RenderPage("credential", page, bytes => writer.Write(pagePath, bytes), ("credential", full));
        var skillSlugs = Array.ConvertAll(skills, s => s.Slug);
        return new CredentialRender(credential, view, status, card, pagePath, assets, skillSlugs, provider.Slug,
            SiteFiles.SearchEntry(view, skillSlugs, provider.Slug), expires, SiteWideKey(view, tracking, page.JsonLd!.Html, build.Today),
            SiteCalendar.Events(build.Tracking, tracking));
    }

    /// <summary>The credential's skills that have a page, once per slug, in the document's order.</summary>
    private static TermLink[] SkillLinks(Credential credential, BuildContext build)
    {
        var links = new List<TermLink>(credential.Skills.Count);
        foreach (var name in credential.Skills)
        {
            if (!build.Skills.TryGet(name, out var term) || Contains(links, term.Slug)) continue;
            links.Add(build.SkillLink(term));
        }
        return links.ToArray();

        static bool Contains(List<TermLink> links, string slug)
        {
            foreach (var link in links)
            {
                if (string.Equals(link.Slug, slug, StringComparison.Ordinal)) return true;
            }
            return false;
        }
    }

    [ThreadStatic] private static System.Text.StringBuilder? t_siteWideKey;

    /// <summary>A digest of everything site-wide files read from a credential besides its card, search entry and calendar events.</summary>
    private static string SiteWideKey(CredentialView view, CredentialTracking tracking, string jsonLd, DateOnly today)
    {
        // Joined in a buffer the thread reuses and hashed from a pooled array: only the digest is allocated.
        var key = t_siteWideKey ??= new System.Text.StringBuilder(4096);
        key.Clear();
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        void Add(object? value) => key.Append(invariant, $"{value}").Append('\u001f');
        Add(jsonLd);
        Add(view.Title);
        Add(view.Description);
        Add(view.IssuedIso);
        Add(view.ExpiresIso);
        Add(view.Status);
        Add(tracking.Renew);
        Add(tracking.NextAction);
        Add(tracking.Policy?.Url);
        Add(tracking.Policy?.CreditUnit);
        foreach (var step in tracking.Milestones(today)) key.Append(invariant, $"{step.Key}@{step.Date:yyyy-MM-dd}:{step.Label}").Append('\u001f');
        if (tracking.Credits is { } credits) key.Append(invariant, $"{credits.Earned}/{credits.Required} {credits.Unit} by {credits.Due:yyyy-MM-dd}").Append('\u001f');
        foreach (var year in tracking.Years) key.Append(invariant, $"{year.Number}:{year.Start:yyyy-MM-dd}-{year.End:yyyy-MM-dd}:{year.Earned}/{year.Required}").Append('\u001f');
        // Kept for every credential between rebuilds: a digest, not the ~1 KB of JSON-LD and text it covers.
        var digest = new byte[System.Security.Cryptography.SHA256.HashSizeInBytes];
        PageRenderer.Utf8(key, utf8 => System.Security.Cryptography.SHA256.HashData(utf8, digest));
        if (key.Capacity > 64 * 1024) t_siteWideKey = null;
        return Convert.ToHexString(digest);
    }

    private static MilestoneView Milestone(Milestone milestone, BuildContext build) => new()
    {
        Key = milestone.Key,
        Kind = milestone.Kind switch
        {
            MilestoneKind.Issued => "issued",
            MilestoneKind.RenewalOpens => "renewal-opens",
            MilestoneKind.AnnualCredits => "annual-credits",
            MilestoneKind.CreditsDue => "credits-due",
            _ => "expiry",
        },
        Label = milestone.Label,
        Date = build.FormatDate(milestone.Date),
        DateIso = BuildContext.Iso(milestone.Date),
        IsPast = milestone.IsPast,
    };

    private static CreditsView Credits(CreditProgress credits, BuildContext build) => new()
    {
        Earned = Tracker.Amount(credits.Earned),
        Required = Tracker.Amount(credits.Required),
        Remaining = Tracker.Amount(credits.Remaining),
        Unit = credits.Unit,
        Fraction = credits.Fraction,
        Percent = (int)Math.Floor(credits.Fraction * 100),
        IsMet = credits.IsMet,
        Due = build.FormatDate(credits.Due),
        DueIso = BuildContext.Iso(credits.Due),
    };
}
