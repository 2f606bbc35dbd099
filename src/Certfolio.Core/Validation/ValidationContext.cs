using Certfolio.Core.Portfolios;

namespace Certfolio.Core.Validation;

/// <summary>What rules may consult: the layout, the config and the one resolver of asset paths.</summary>
public sealed record ValidationContext(PortfolioLayout Layout, PortfolioConfig Config, AssetResolver Assets);
