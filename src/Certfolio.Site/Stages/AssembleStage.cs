using Certfolio.Core.Portfolios;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Stages;

/// <summary>Assemble: a portfolio and options become the <see cref="SiteModel"/> the other stages read.</summary>
internal static class AssembleStage
{
    public static SiteModel Run(Portfolio portfolio, SiteOptions options, Theme theme) => Run(SiteInputs.Gather(portfolio, options, theme));

    /// <summary>Indexes the assets folder, gives every skill and provider its slug and tracks every credential.</summary>
    public static SiteModel Run(SiteInputs inputs) =>
        new(inputs, AssetCatalog.Index(inputs.Portfolio.Layout, inputs.Options.FileSystem), TermIndexes.From(inputs.Portfolio.Credentials),
            SiteTracking.Track(inputs.Portfolio, inputs.Ledger, inputs.Today));
}
