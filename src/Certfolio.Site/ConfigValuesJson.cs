using System.Text.Json.Serialization;

namespace Certfolio.Site;

/// <summary>
/// Serializes a portfolio's config values (<see cref="Core.Portfolios.PortfolioConfig.Values"/>) for the build
/// fingerprint without reflection, which the Native AOT CLI does not have. The values are what YAML scalars,
/// sequences and mappings bind to (<see cref="Core.Binding.PlainValue"/>), so each of those types is listed.
/// </summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, object?>))]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(List<object?>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
internal sealed partial class ConfigValuesJson : JsonSerializerContext;
