namespace Certfolio.Core.Documents;

/// <summary>
/// Bounds that keep hostile input from costing unbounded time or memory. Settable under
/// <c>limits:</c> in certfolio.yaml; the defaults are documented in docs/format.md.
/// </summary>
public sealed record DocumentLimits
{
    public long MaxDocumentBytes { get; init; } = 1024 * 1024;
    public int MaxFrontMatterBytes { get; init; } = 64 * 1024;
    public int MaxDepth { get; init; } = 32;
    public int MaxAliases { get; init; } = 64;
    public int MaxNodes { get; init; } = 10_000;
    public int MaxTitleLength { get; init; } = 300;

    public static DocumentLimits Default { get; } = new();
}
