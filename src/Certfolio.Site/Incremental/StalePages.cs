using Certfolio.Site.Pages;
using Certfolio.Site.Publishing;
using Certfolio.Site.Stages;

namespace Certfolio.Site.Incremental;

/// <summary>Deletes what the last build wrote that this one no longer has: pages of credentials and terms that went away.</summary>
internal static class StalePages
{
    /// <param name="suspects">The last build's renders whose page may have moved or gone (a page only moves when its document changed or went away).</param>
    public static void Delete(SiteState previous, IEnumerable<CredentialRender> suspects, IReadOnlyDictionary<string, CredentialRender> byDocument,
        CredentialRender[] renders, IReadOnlySet<string> listPages, SiteModel model, ISiteWriter writer)
    {
        var byPage = new HashSet<string>(StringComparer.Ordinal);
        foreach (var old in suspects)
        {
            if (byDocument.TryGetValue(old.Credential.RelativePath, out var now) && now.PagePath == old.PagePath) continue;
            byPage.Add(old.PagePath);
        }
        if (byPage.Count > 0)
        {
            foreach (var render in renders) byPage.Remove(render.PagePath);
        }
        foreach (var old in byPage.Order(StringComparer.Ordinal)) writer.Delete(old);
        foreach (var old in previous.ListPages.Where(p => !listPages.Contains(p)).Order(StringComparer.Ordinal)) writer.Delete(old);
        if (model.Urls.BaseUrl is null && previous.Fingerprint != model.Fingerprint) writer.Delete("sitemap.xml");
        // What the owner's view or a public: switch published, after a build for another audience or with the switch off.
        if (!model.Disclosure.Calendar && previous.Fingerprint != model.Fingerprint) writer.Delete(SiteUrls.CalendarPath);
        if (!model.Disclosure.Dashboard && previous.Fingerprint != model.Fingerprint) writer.Delete(Disclosure.DashboardPath + "index.html");
    }
}
