using Certfolio.Core.Portfolios;
using Certfolio.Core.Publishing;

namespace Certfolio.Core.Validation;

/// <summary>What rules may consult: the layout, the config and the one resolver of asset paths.</summary>
public sealed record ValidationContext(PortfolioLayout Layout, PortfolioConfig Config, AssetResolver Assets)
{
    /// <summary>What of the portfolio a build may publish; logos, avatars and body images are vetted by it.</summary>
    public AssetPolicy Publishing { get; } = AssetPolicy.For(Layout, Assets);
}
