using System.Globalization;
using System.Text.RegularExpressions;
using Certfolio.Core.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Certfolio.Core.Tracking;

/// <summary>
/// The built-in table of renewal rules (<c>Tracking/Rules/renewal-rules.yaml</c>, embedded), read once.
/// A credential of a certifier not in the table gets no rule: only its own dates count.
/// </summary>
public static class BuiltInRules
{
    private const string ResourceName = "Certfolio.Core.Tracking.renewal-rules.yaml";

    private static readonly Lazy<IReadOnlyList<BuiltInRule>> Table = new(Load);

    /// <summary>Every row, in matching order (the first matching row wins).</summary>
    public static IReadOnlyList<BuiltInRule> All => Table.Value;

    /// <summary>The rule that applies to a credential, or null for an unknown certifier.</summary>
    public static BuiltInRule? Match(Credential credential) => All.FirstOrDefault(r => r.Matches(credential));

    /// <summary>True when two provider names are equal, or are aliases of the same certifier ("AWS", "Amazon Web Services").</summary>
    public static bool SameCertifier(string a, string b) =>
        SameName(a, b) || All.Any(r => r.MatchesProvider(a) && r.MatchesProvider(b));

    internal static bool SameName(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The raw YAML of the table, as shipped.</summary>
    public static string Text()
    {
        using var stream = typeof(BuiltInRules).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IReadOnlyList<BuiltInRule> Load()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var file = deserializer.Deserialize<RuleFile>(Text());
        return file.Rules.Select(ToRule).ToArray();
    }

    private static BuiltInRule ToRule(RuleRow row) => new()
    {
        Id = row.Id,
        Certifier = row.Certifier,
        Providers = row.Providers,
        Titles = row.Titles.Select(t => new Regex(t, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray(),
        IssuedFrom = ParseDate(row.IssuedFrom),
        IssuedBefore = ParseDate(row.IssuedBefore),
        Terms = new RenewalTerms
        {
            CycleYears = row.ValidityYears,
            WindowDays = row.WindowDays,
            Credits = row.Credits,
            CreditUnit = row.CreditUnit,
            AnnualMinimum = row.AnnualMinimum,
            Url = row.Source,
            Expires = row.Expires,
        },
        AcceptsCredits = row.AcceptsCredits,
        RenewsBy = row.RenewsBy,
        Source = row.Source,
    };

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class RuleFile
    {
        public List<RuleRow> Rules { get; set; } = [];
    }

    private sealed class RuleRow
    {
        public string Id { get; set; } = "";
        public string Certifier { get; set; } = "";
        public List<string> Providers { get; set; } = [];
        public List<string> Titles { get; set; } = [];
        public string? IssuedFrom { get; set; }
        public string? IssuedBefore { get; set; }
        public int? ValidityYears { get; set; }
        public int? WindowDays { get; set; }
        public double? Credits { get; set; }
        public string? CreditUnit { get; set; }
        public double? AnnualMinimum { get; set; }
        public bool? Expires { get; set; }
        public bool AcceptsCredits { get; set; }
        public string RenewsBy { get; set; } = "";
        public string Source { get; set; } = "";
    }
}
