using Certfolio.Core.Binding;
using Certfolio.Core.Documents;
using Certfolio.Core.Text;

namespace Certfolio.Core.Portfolios;

public sealed record OwnerLink(string Label, string Url);

public sealed record Owner
{
    public string? Name { get; init; }
    public string? Headline { get; init; }
    public string? Avatar { get; init; }
    /// <summary>Where <see cref="Avatar"/>'s value is in certfolio.yaml, for diagnostics about the file it names.</summary>
    public Text.SourceLocation? AvatarLocation { get; init; }
    public string? Email { get; init; }
    public IReadOnlyList<OwnerLink> Links { get; init; } = [];
}

/// <summary>The optional <c>certfolio.yaml</c>; every setting has a sensible default.</summary>
public sealed record PortfolioConfig
{
    public string Title { get; init; } = "Certifications";
    /// <summary>The pages' language (<c>&lt;html lang&gt;</c>): a language tag such as <c>en</c> or <c>de-CH</c>.</summary>
    public string Language { get; init; } = "en";
    public Owner Owner { get; init; } = new();
    /// <summary>Absolute site URL ending in '/', or null: then absolute URLs (canonical, sitemap) are left out.</summary>
    public string? BaseUrl { get; init; }
    public string? Content { get; init; }
    public string? Assets { get; init; }
    public string? Training { get; init; }
    /// <summary>How dates are shown on the site and in reports (.NET custom format).</summary>
    public string DateFormat { get; init; } = "dd.MM.yyyy";
    public string? Accent { get; init; }
    public int ExpiringDays { get; init; } = 90;
    /// <summary>How many cards a list page shows (<c>pageSize:</c>); the home page and every term page is split into pages of this many.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
    public const int DefaultPageSize = 60;
    /// <summary>Opt-out of sanitizing raw HTML in Markdown bodies. Off by default.</summary>
    public bool UnsafeHtml { get; init; }
    /// <summary>What visitors see besides the credentials and their validity (<c>public:</c>); nothing more by default.</summary>
    public PublicSwitches Public { get; init; } = PublicSwitches.None;
    public FieldMap Fields { get; init; } = FieldMap.Default;
    public DocumentLimits Limits { get; init; } = DocumentLimits.Default;
    /// <summary>Renewal defaults per provider name (<c>policies:</c>), bound by the tracking stage.</summary>
    public FrontMatterMapping? Policies { get; init; }
    /// <summary>Where each top-level setting's value is written in certfolio.yaml, so a check of it can underline it.</summary>
    public IReadOnlyDictionary<string, SourceSpan> ValueSpans { get; init; } = new Dictionary<string, SourceSpan>();

    /// <summary>Where a diagnostic about the top-level setting <paramref name="key"/> points: its value, else the file's start.</summary>
    public SourceLocation LocationOf(string key) =>
        ValueSpans.TryGetValue(key, out var span) ? SourceLocation.At(ConfigReader.FileName, span) : SourceLocation.FileStart(ConfigReader.FileName);
    /// <summary>Every key of the file, for themes.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; init; } = new Dictionary<string, object?>();

    public static PortfolioConfig Default { get; } = new();
}
