using System.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Site.Markdown;
using Certfolio.Site.Pages;
using Certfolio.Site.Publishing;
using Certfolio.Site.Stages;

namespace Certfolio.Site.Incremental;

/// <summary>
/// A rebuild after documents changed, under the same fingerprint as <paramref name="previous"/>: the same stages as a
/// full build, each fed what the last build left where its inputs did not change. Assemble keeps the asset index,
/// the term indexes (when no skill or provider name changed) and the tracking entries of unchanged credential
/// objects; Render runs for the credentials the <see cref="RenderPlan"/> names; Lists splices them into the last
/// lists; Publish writes only the pages and files that show them (<see cref="ListChanges"/>).
/// </summary>
internal sealed class IncrementalBuild(SiteState previous, SiteInputs inputs, HashSet<string> changed, BodyRenderer bodies)
{
    public BuildResult Run(CountingWriter writer, Stopwatch clock)
    {
        var credentials = inputs.Portfolio.Credentials;
        var model = Assemble();
        var diagnostics = SiteBuilder.Diagnostics(model);
        var renderer = SiteBuilder.Renderer(model);

        // When no skill or provider slug moved, no unchanged page links anywhere new, and the check per credential is skipped.
        var termsMoved = !previous.Terms.SameAs(model.Terms);
        var plan = RenderPlan.Incremental(previous, credentials, changed, termsMoved, model);
        var progress = new BuildProgress(inputs.Options.Progress, plan.Pending.Count + model.Terms.Count + ListKinds.All.Count + 2);
        var pending = plan.Pending.ConvertAll(i => credentials[i]);
        var rendered = new RenderStage(model, bodies, renderer, writer, diagnostics, progress).Run(pending);
        if (diagnostics.HasErrors) return SiteBuilder.Failed(diagnostics, clock);
        var entering = Array.ConvertAll(rendered, r => r!);
        for (var k = 0; k < entering.Length; k++) plan.Renders[plan.Pending[k]] = entering[k];
        var aligned = Array.ConvertAll(plan.Renders, r => r!);

        var (lists, order) = Splice(plan.Leaving, entering);
        lists ??= ListModel.From(aligned) with { ProviderBars = previous.Lists.ProviderBars };

        // A rebuild whose re-rendered credentials look the same everywhere but on their own pages (a body edit, say)
        // leaves the home page, the list pages, the indexes, feeds and calendar as they are: at 10,000 documents
        // those are megabytes that would be re-spliced and rewritten for nothing.
        var sameCount = plan.Added == 0 && plan.Removed == 0;
        var onlyOwnPages = sameCount && !termsMoved && plan.Pending.All(i => plan.Previous[i] is { } old && aligned[i].SameOnListsAs(old));
        PublishedLists? published;
        if (onlyOwnPages)
        {
            // The file stands; what is kept for the next rebuild must follow the list order, which a sort (rather than a splice) made anew.
            published = new PublishedLists(previous.ListPages, order is not null ? previous.Search : SearchIndexFile.Join(lists.Ordered), previous.HomeFrame);
        }
        else
        {
            var changes = new ListChanges(previous, plan, entering, lists, sameCount, termsMoved, model.Config.PageSize);
            published = PublishStage.Run(model, renderer, lists, () => order is not null ? SearchIndexSplice.Splice(previous.Search, order) : SearchIndexFile.Join(lists.Ordered),
                writer, changes, diagnostics, progress);
            if (published is null) return SiteBuilder.Failed(diagnostics, clock);
        }

        var byDocument = DocumentIndex(plan, aligned);
        StalePages.Delete(previous, plan.Leaving, byDocument, aligned, published.ListPages, model, writer);
        var assets = new HashSet<string>(previous.AssetPaths, StringComparer.Ordinal);
        AssetPublisher.Copies(model, entering, writer, diagnostics, assets);
        if (diagnostics.HasErrors) return SiteBuilder.Failed(diagnostics, clock);
        progress.Finish();
        return SiteBuilder.Succeeded(writer, clock, diagnostics, new SiteState(model, byDocument, aligned, lists, published, assets), incremental: true);
    }

    /// <summary>The Assemble stage with the last build's work kept where its inputs are the same.</summary>
    private SiteModel Assemble()
    {
        var portfolio = inputs.Portfolio;
        var credentials = portfolio.Credentials;
        // A rebuild is for changed documents (serve builds everything again when an asset changes), so the last
        // build's resolver, whose index of the assets folder cost a walk of that folder, still answers for it.
        var resolver = previous.Resolver.AssetsRoot == Path.GetFullPath(portfolio.Layout.AssetsDirectory) ? previous.Resolver : AssetCatalog.Index(portfolio.Layout, inputs.Options.FileSystem);
        // The term indexes depend only on the sets of names: unchanged skills and providers keep the last build's.
        var terms = SameNames(credentials) ? previous.Terms : TermIndexes.From(credentials);
        // The entry of a credential object the last build tracked at the same position is kept: at 10,000 documents,
        // tracking them all again would cost a rebuild more than rendering the changed page.
        var before = previous.Credentials;
        var reuse = before.Count == credentials.Count;
        var tracking = SiteTracking.Track(portfolio, inputs.Ledger, inputs.Today,
            (i, credential) => reuse && ReferenceEquals(before[i], credential) ? previous.Tracking.Aligned[i] : null);
        return new SiteModel(inputs, resolver, terms, tracking);
    }

    /// <summary>
    /// True when every credential is the last build's, or has its terms of every list kind. Compared position by position
    /// (the loader keeps documents in path order), so unchanged documents cost a pointer comparison, not a lookup.
    /// </summary>
    private bool SameNames(IReadOnlyList<Credential> now)
    {
        var before = previous.Credentials;
        if (now.Count != before.Count) return false;
        for (var i = 0; i < now.Count; i++)
        {
            if (ReferenceEquals(now[i], before[i])) continue;
            if (!string.Equals(now[i].RelativePath, before[i].RelativePath, StringComparison.Ordinal)) return false;
            foreach (var kind in ListKinds.All)
            {
                if (!kind.Names(now[i]).SequenceEqual(kind.Names(before[i]), StringComparer.Ordinal)) return false;
            }
        }
        return true;
    }

    /// <summary>The last build's lists with the leaving renders taken out and the new ones put in; null when that cannot be exact.</summary>
    /// <remarks>Also returns the edit of the list order, which the search index applies to its last file.</remarks>
    private (ListModel?, SpliceScript<CredentialRender>?) Splice(List<CredentialRender> leaving, CredentialRender[] entering)
    {
        var last = previous.Lists;
        if (SortedSplice.Plan(last.Ordered, leaving, entering, ListOrder.Instance) is not { } order) return (null, null);
        if (ListSplices.Splice(last.Groups, leaving, entering) is not { } groups) return (null, null);
        if (ListSplices.Splice(last.Home, leaving, entering) is not { } home) return (null, null);
        if (ListSplices.Splice(last.Events, leaving, entering) is not { } events) return (null, null);
        return (new ListModel(order.Apply(last.Ordered, r => r), groups, home, events, last.ProviderBars), order);
    }

    /// <summary>The renders by document: a copy of the last index with the re-rendered ones replaced, instead of hashing every path again.</summary>
    private Dictionary<string, CredentialRender> DocumentIndex(RenderPlan plan, CredentialRender[] renders)
    {
        var index = new Dictionary<string, CredentialRender>(previous.ByDocument, StringComparer.Ordinal);
        foreach (var old in plan.Leaving) index.Remove(old.Credential.RelativePath);
        foreach (var i in plan.Pending) index[renders[i].Credential.RelativePath] = renders[i];
        return index.Count == renders.Length ? index : renders.ToDictionary(r => r.Credential.RelativePath, StringComparer.Ordinal);
    }
}
