using Certfolio.Site.Markdown;
using Certfolio.Site.Pages;

namespace Certfolio.Site.Stages;

/// <summary>The <c>site</c> object of every template, made once per build.</summary>
internal static class SiteViews
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    public static SiteView Create(SiteModel model, List<AssetCopy> copies)
    {
        var config = model.Config;
        var owner = config.Owner;
        var urls = model.Urls;
        return new SiteView
        {
            Title = config.Title,
            Language = config.Language,
            BaseUrl = urls.BaseUrl,
            BasePath = urls.BasePath,
            Owner = new OwnerView
            {
                Name = owner.Name,
                Headline = owner.Headline,
                AvatarUrl = owner.Avatar is { } avatar ? model.Assets.Map(avatar, copies) : null,
                Email = owner.Email,
                Links = owner.Links.Select(l => new LinkView(l.Label, UrlPolicy.Clean(l.Url))).ToArray(),
            },
            Today = SiteModel.Iso(model.Today),
            TodayText = model.Today.ToString(config.DateFormat, System.Globalization.CultureInfo.InvariantCulture),
            ExpiringDays = config.ExpiringDays,
            PageSize = config.PageSize,
            DateFormat = config.DateFormat,
            HomeUrl = urls.BasePath,
            SkillsUrl = urls.Url("skills/"),
            ProvidersUrl = urls.Url("providers/"),
            FeedUrl = urls.Url("feed.xml"),
            SearchIndexUrl = urls.Url("search.json"),
            CssUrl = urls.Url("assets/site.css"),
            ScriptUrl = urls.Url("assets/site.js"),
            FaviconUrl = urls.Url("assets/favicon.svg"),
            CalendarUrl = model.Disclosure.Calendar ? urls.Url(SiteUrls.CalendarPath) : null,
            Audience = Audience(model.Disclosure, urls),
            ContentSecurityPolicy = ContentSecurityPolicy,
            CredentialCount = model.Portfolio.Credentials.Count,
            Config = config.Values,
        };
    }

    private static AudienceView Audience(Disclosure shown, SiteUrls urls)
    {
        var published = shown.Public;
        return new AudienceView
        {
            Name = shown.IsOwner ? "owner" : "visitor",
            Renewal = shown.Renewal,
            Credits = shown.Credits,
            Calendar = shown.Calendar,
            AddToProfile = shown.AddToProfile,
            OwnerOnly = new OwnerOnlyView
            {
                Renewal = shown.Renewal && !published.Renewal,
                Credits = shown.Credits && !published.Credits,
                Calendar = shown.Calendar && !published.Calendar,
                AddToProfile = shown.AddToProfile && !published.AddToProfile,
            },
            DashboardUrl = shown.Dashboard ? urls.Url(Disclosure.DashboardPath) : null,
        };
    }
}
