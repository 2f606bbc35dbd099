using Certfolio.Core.Model;
using Certfolio.Core.Status;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.SchemaOrg;
using Certfolio.Site.Languages;
using Certfolio.Site.Markdown;
using Certfolio.Site.Publishing;
using Certfolio.Site.Templates;

using Certfolio.Site.Stages;

namespace Certfolio.Site.Pages;

/// <summary>Render stage for one credential: body, view, card and page. Runs on many threads at once.</summary>
internal static class CredentialPage
{
    public const int CardSkillCount = 4;

    public static CredentialRender Render(Credential credential, SiteModel model, BodyRenderer bodies, PageRenderer renderer, ISiteWriter writer)
    {
        var assets = new List<AssetCopy>();
        var tracking = model.Tracking.Of(credential);
        var shown = model.Disclosure;
        var (status, renewalOpens, expires) = (shown.Shown(tracking.Status), shown.Renewal ? tracking.RenewalOpens : null, tracking.Expires);
        var terms = TermLinks(credential, model);
        var skills = terms[ListKinds.Skills.Index];
        var provider = terms[ListKinds.Providers.Index][0];
        var logoUrl = credential.Logo is { } logo ? model.Assets.Map(logo.Value, assets) : null;
        var sitePath = SiteUrls.CredentialPath(credential.Slug);

        var source = model.Portfolio.Bodies.Of(credential);
        var body = bodies.Render(source.Text, new BodyContext(model.Assets.Policy, Path.GetDirectoryName(source.FilePath), model.Urls.BasePath, model.Config.UnsafeHtml, credential.Title, model.Strings.Get("body.anchor")));
        assets.AddRange(body.Assets);

        var view = new CredentialView
        {
            Slug = credential.Slug,
            Url = model.Urls.Url(sitePath),
            Title = credential.Title,
            Provider = credential.Provider,
            ProviderLink = provider,
            Description = credential.Description,
            CredentialId = credential.CredentialId,
            Level = credential.Level,
            Issued = model.FormatDate(credential.Issued, credential.DatePrecision),
            IssuedIso = SiteModel.Iso(credential.Issued),
            Expires = expires is { } e ? model.FormatDate(e, tracking.ExpiresPrecision) : null,
            ExpiresIso = expires is { } e2 ? SiteModel.Iso(e2) : null,
            HasExpiry = expires is not null,
            ExpiryFromPolicy = tracking.ExpiryFromPolicy,
            HasPolicy = shown.Renewal && tracking.Policy is not null && expires is not null,
            RenewalOpensIso = renewalOpens is { } opens ? SiteModel.Iso(opens) : null,
            ExpiryRelative = RelativeTime.DescribeExpiry(expires, model.Today, model.Strings),
            VerificationUrl = credential.VerificationUrl is { } v ? UrlPolicy.Clean(v) : null,
            Status = status.ToSlug(),
            StatusLabel = model.Strings.Status(status),
            Skills = skills,
            Terms = new CredentialTerms(terms),
            CardSkills = skills.Length <= CardSkillCount ? skills : skills[..CardSkillCount],
            MoreSkills = Math.Max(0, skills.Length - CardSkillCount),
            LogoUrl = logoUrl,
            LogoAlt = credential.Provider,
            Monogram = new TrustedHtml(Monogram.Svg(credential.Provider)),
            Timeline = new TrustedHtml(TimelineSvg.Validity(credential.Issued, expires, model.Today, status, renewalOpens, model.Strings)),
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
            Description = credential.Description ?? FeedEntry.DefaultSummary(view, model.Strings),
            Url = view.Url,
            Canonical = model.Urls.Absolute(sitePath),
            Image = SchemaOrgWriter.AbsoluteLogoUrl(credential.Logo, model.Urls.BaseUrl) is { } image && logoUrl is not null ? image : null,
            JsonLd = new TrustedHtml(SchemaOrgWriter.SerializeCredential(credential, model.Urls.BaseUrl)),
            OpenGraphType = "article",
        };
        var full = view with
        {
            Body = body,
            Milestones = !shown.Renewal || tracking.Policy is null || expires is null ? [] : SameDayTogether(tracking.Milestones(model.Today).Select(m => Milestone(m, tracking, model))),
            Credits = shown.Credits && tracking.Policy is not null && tracking.Credits is { } credits ? Credits(credits, model) : null,
            LinkedInUrl = shown.AddToProfile ? LinkedInAddToProfile.UrlFor(credential) : null,
        };
        var pagePath = sitePath + "index.html";
        renderer.RenderPage("credential", page, bytes => writer.Write(pagePath, bytes), ("credential", full));
        var slugs = Array.ConvertAll(terms, links => Array.ConvertAll(links, l => l.Slug));
        var search = SearchRecord.Of(credential.Slug, credential.Title, provider.Slug, credential.Level, slugs[ListKinds.Skills.Index], credential.Issued, expires,
            credential.CredentialId, credential.Description, renewalOpens);
        var events = shown.Calendar ? SiteCalendar.Events(model.Tracking.Report, tracking, new CalendarText(model.Strings)) : [];
        var dashboard = shown.Dashboard ? Dashboard.Line(view, credential, tracking, model) : null;
        var digest = ListContribution.Digest(card, search, events, page.JsonLd!.Html, FeedEntry.Of(view, credential.Issued, model.Urls, model.Strings),
            TimelineBar.Of(credential, expires, tracking.ExpiresPrecision, status, view.Url), status, slugs, dashboard);
        return new CredentialRender(credential, view, status, card, pagePath, assets, slugs, search, expires, tracking.ExpiresPrecision, digest, events, dashboard);
    }

    /// <summary>For each list kind, the credential's terms that have a page, once per slug, in the document's order.</summary>
    private static TermLink[][] TermLinks(Credential credential, SiteModel model)
    {
        var byKind = new TermLink[ListKinds.All.Count][];
        var links = new List<TermLink>(credential.Skills.Count);
        foreach (var kind in ListKinds.All)
        {
            links.Clear();
            var index = model.Terms[kind];
            foreach (var name in kind.Names(credential))
            {
                if (!index.TryGet(name, out var term) || Contains(links, term.Slug)) continue;
                links.Add(model.Urls.Link(kind, term));
            }
            byKind[kind.Index] = links.ToArray();
        }
        return byKind;

        static bool Contains(List<TermLink> links, string slug)
        {
            foreach (var link in links)
            {
                if (string.Equals(link.Slug, slug, StringComparison.Ordinal)) return true;
            }
            return false;
        }
    }

    /// <summary>
    /// Milestones falling on one day (credits due on the expiry day) are one entry, "Credits due · Expires", with the
    /// last one's kind and key: two dots on one date read as a mistake.
    /// </summary>
    private static MilestoneView[] SameDayTogether(IEnumerable<MilestoneView> milestones) =>
        milestones.GroupBy(m => m.DateIso)
            .Select(day => day.Count() == 1 ? day.First() : day.Last() with { Label = string.Join(" · ", day.Select(m => m.Label)) })
            .ToArray();

    private static MilestoneView Milestone(Milestone milestone, CredentialTracking tracking, SiteModel model) => new()
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
        Label = TrackingText.Milestone(milestone, tracking, model.Strings),
        Date = model.FormatDate(milestone.Date, milestone.Precision),
        DateIso = SiteModel.Iso(milestone.Date),
        IsPast = milestone.IsPast,
    };

    internal static CreditsView Credits(CreditProgress credits, SiteModel model) => new()
    {
        Earned = credits.Earned,
        Required = credits.Required,
        Remaining = credits.Remaining,
        Unit = TrackingText.Unit(credits.Unit, model.Strings),
        Fraction = credits.Fraction,
        Percent = (int)Math.Floor(credits.Fraction * 100),
        IsMet = credits.IsMet,
        Due = model.FormatDate(credits.Due, credits.DuePrecision),
        DueIso = SiteModel.Iso(credits.Due),
    };
}
