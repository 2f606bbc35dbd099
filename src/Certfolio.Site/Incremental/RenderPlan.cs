using Certfolio.Core.Model;
using Certfolio.Site.Pages;

using Certfolio.Site.Stages;

namespace Certfolio.Site.Incremental;

/// <summary>
/// Which credentials a build renders, and which of the last build's renders it keeps or drops: the dependency map
/// of a rebuild. A credential is rendered again when its document changed or appeared, or when a skill or provider
/// slug its page links to moved; a render leaves when its document changed or went away. Everything else keeps its
/// render, and so its card, search entry and calendar events, on every list that shows it.
/// </summary>
internal sealed class RenderPlan
{
    private RenderPlan(CredentialRender?[] renders, CredentialRender?[] previous)
    {
        Renders = renders;
        Previous = previous;
    }

    /// <summary>One render per credential of the portfolio, in its order: kept ones now, the rest once rendered.</summary>
    public CredentialRender?[] Renders { get; }

    /// <summary>For each credential to render, its last render, if it had one (null for a new document).</summary>
    public CredentialRender?[] Previous { get; }

    /// <summary>The positions to render.</summary>
    public List<int> Pending { get; } = [];

    /// <summary>The last build's renders that are replaced or whose document went away.</summary>
    public List<CredentialRender> Leaving { get; } = [];

    /// <summary>How many documents appeared and went away since the last build.</summary>
    public int Added { get; private set; }

    public int Removed { get; private set; }

    /// <summary>Every credential to render: a full build.</summary>
    public static RenderPlan Full(IReadOnlyList<Credential> credentials)
    {
        var plan = new RenderPlan(new CredentialRender?[credentials.Count], new CredentialRender?[credentials.Count]);
        for (var i = 0; i < credentials.Count; i++) plan.Pending.Add(i);
        return plan;
    }

    /// <summary>What changed since <paramref name="previous"/>, given the documents reported as changed.</summary>
    public static RenderPlan Incremental(SiteState previous, IReadOnlyList<Credential> credentials, HashSet<string> changed, bool termsMoved, SiteModel model)
    {
        var plan = new RenderPlan(new CredentialRender?[credentials.Count], new CredentialRender?[credentials.Count]);
        if (model.Tracking.Sorted && previous.Tracking.Sorted) plan.Merge(previous, credentials, changed);
        else plan.Lookup(previous, credentials, changed);
        if (termsMoved)
        {
            for (var i = 0; i < credentials.Count; i++)
            {
                if (plan.Renders[i] is { } kept && !LinksUnchanged(kept, credentials[i], model)) plan.Render(i, kept);
            }
        }
        plan.Pending.Sort();
        return plan;
    }

    /// <summary>
    /// Both lists are in path order: walk them side by side. The loader keeps unchanged documents' credential
    /// objects, so most positions cost a pointer comparison; only the changed documents' paths are compared.
    /// </summary>
    private void Merge(SiteState previous, IReadOnlyList<Credential> now, HashSet<string> changed)
    {
        var before = previous.Credentials;
        var old = previous.Aligned;
        int i = 0, j = 0;
        while (i < now.Count || j < before.Count)
        {
            if (i < now.Count && j < before.Count && ReferenceEquals(now[i], before[j]))
            {
                Renders[i++] = old[j++];
                continue;
            }
            var order = i >= now.Count ? 1 : j >= before.Count ? -1 : string.CompareOrdinal(now[i].RelativePath, before[j].RelativePath);
            if (order == 0)
            {
                // A document read again but not reported as changed keeps its render, as it always has.
                if (changed.Contains(now[i].RelativePath)) Render(i, old[j]);
                else Renders[i] = old[j];
                i++;
                j++;
            }
            else if (order < 0)
            {
                Render(i++, null);
                Added++;
            }
            else
            {
                Leaving.Add(old[j++]);
                Removed++;
            }
        }
        // A document reported as changed whose credential object is the very one built last time renders again too.
        foreach (var path in changed)
        {
            var at = IndexOf(now, path);
            if (at >= 0 && Renders[at] is { } kept) Render(at, kept);
        }
    }

    /// <summary>The general case (a portfolio not in path order): look each document up by path.</summary>
    private void Lookup(SiteState previous, IReadOnlyList<Credential> now, HashSet<string> changed)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < now.Count; i++)
        {
            var path = now[i].RelativePath;
            present.Add(path);
            var known = previous.ByDocument.TryGetValue(path, out var old);
            if (known && !changed.Contains(path)) Renders[i] = old;
            else
            {
                Render(i, old);
                if (!known) Added++;
            }
        }
        foreach (var (path, old) in previous.ByDocument)
        {
            if (present.Contains(path)) continue;
            Leaving.Add(old);
            Removed++;
        }
    }

    private void Render(int i, CredentialRender? old)
    {
        Renders[i] = null;
        Previous[i] = old;
        Pending.Add(i);
        if (old is not null) Leaving.Add(old);
    }

    private static int IndexOf(IReadOnlyList<Credential> sorted, string path)
    {
        int low = 0, high = sorted.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = string.CompareOrdinal(sorted[middle].RelativePath, path);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    /// <summary>
    /// True when the terms a credential's page and card link to are the ones it was rendered with: the same slugs and
    /// the same names (case variants are one term, named by one spelling, which another document can change).
    /// </summary>
    private static bool LinksUnchanged(CredentialRender old, Credential credential, SiteModel model)
    {
        foreach (var kind in ListKinds.All)
        {
            var index = model.Terms[kind];
            var before = old.View.Terms.Of(kind);
            var count = 0;
            foreach (var name in kind.Names(credential))
            {
                if (!index.TryGet(name, out var term) || Listed(before, count, term.Slug)) continue;
                if (count >= before.Length || before[count].Slug != term.Slug || before[count].Name != term.Name) return false;
                count++;
            }
            if (count != before.Length) return false;
        }
        return true;
    }

    /// <summary>True when one of the first <paramref name="count"/> links has <paramref name="slug"/> (a name given twice is one link).</summary>
    private static bool Listed(TermLink[] links, int count, string slug)
    {
        for (var i = 0; i < count; i++)
        {
            if (links[i].Slug == slug) return true;
        }
        return false;
    }
}
