using System.Globalization;
using System.Text.RegularExpressions;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;

namespace Certfolio.Core.Renewal;

/// <summary>
/// The built-in table of certifiers' renewal policies (<c>Renewal/renewal-rules.yaml</c>, embedded), read once.
/// A credential of a certifier not in the table gets no policy: only its own dates count.
/// </summary>
public static class CertifierPolicies
{
    private const string ResourceName = "Certfolio.Core.Renewal.renewal-rules.yaml";

    private static readonly Lazy<IReadOnlyList<CertifierPolicy>> Table = new(Load);

    // Every credential is matched two or three times per check: by provider first, then only that certifier's rows.
    private static readonly Lazy<Dictionary<string, List<CertifierPolicy>>> ByProvider = new(IndexByProvider);

    // Nearly no title names a known credential: one search with every known-title pattern rules a title out before the
    // rows' own patterns run one by one (at 10,000 documents they were the largest cost of check).
    // Non-backtracking: one pass over the title whatever the number of patterns (Native AOT interprets regexes, and the
    // backtracking interpreter retried every alternative at every position).
    private static readonly Lazy<Regex> AnyKnownTitle = new(() => new Regex(
        string.Join('|', Table.Value.SelectMany(r => r.KnownTitles).Select(t => $"(?:{t})")),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));

    private static readonly Lazy<Regex> CourseWords = new(() => new Regex(
        @"\b(?:" + string.Join('|', LoadCourseWords().Select(w => Regex.Escape(w).Replace("\\ ", @"\s+", StringComparison.Ordinal))) + @")s?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));

    /// <summary>
    /// True when <paramref name="title"/> names a course preparing for a credential ("PMP Exam Prep", "CCNA Bootcamp"),
    /// by the table's <c>courseWords</c>, rather than the credential itself.
    /// </summary>
    public static bool NamesACourse(string title) => CourseWords.Value.IsMatch(title);

    /// <summary>The first row whose known titles name <paramref name="title"/> ("PMP", "AZ-104"), or null.</summary>
    public static CertifierPolicy? RowKnowingTitle(string title) =>
        AnyKnownTitle.Value.IsMatch(title) ? Table.Value.FirstOrDefault(r => r.KnownTitles.Any(t => t.IsMatch(title))) : null;

    /// <summary>Every row, in matching order (the first matching row wins).</summary>
    public static IReadOnlyList<CertifierPolicy> All => Table.Value;

    /// <summary>The certifier's policy that applies to a credential, or null for an unknown certifier.</summary>
    public static CertifierPolicy? Match(Credential credential) =>
        RowsFor(credential.Provider).FirstOrDefault(r => r.Matches(credential));

    /// <summary>
    /// True when two provider names are one name as people write it (<see cref="ProviderName"/>), or aliases of the
    /// same certifier in the table ("AWS", "Amazon Web Services").
    /// </summary>
    public static bool SameCertifier(string a, string b) =>
        SameName(a, b) || RowsFor(a).Any(r => r.MatchesProvider(b));

    internal static bool SameName(string a, string b) => ProviderName.Same(a, b);

    /// <summary>The rows whose providers share a key with this name, in table order (the first matching row wins).</summary>
    private static IEnumerable<CertifierPolicy> RowsFor(string provider)
    {
        var keys = ProviderName.Keys(provider);
        if (keys.Count == 1) return ByProvider.Value.TryGetValue(keys[0], out var only) ? only : [];
        var rows = new List<CertifierPolicy>();
        foreach (var key in keys)
        {
            if (ByProvider.Value.TryGetValue(key, out var found)) rows.AddRange(found.Where(r => !rows.Contains(r)));
        }
        var order = Table.Value;
        rows.Sort((x, y) => IndexOf(order, x).CompareTo(IndexOf(order, y)));
        return rows;
    }

    private static int IndexOf(IReadOnlyList<CertifierPolicy> rows, CertifierPolicy row)
    {
        for (var i = 0; i < rows.Count; i++) if (ReferenceEquals(rows[i], row)) return i;
        return -1;
    }

    /// <summary>The raw YAML of the table, as shipped.</summary>
    public static string Text()
    {
        using var stream = typeof(CertifierPolicies).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Read with the same positioned reader as front matter rather than YamlDotNet's reflection-based deserializer:
    // that one builds type inspectors and compiles regular expressions through Reflection.Emit, tens of
    // milliseconds of every `check` spent before the first document is read (docs/performance.md).
    private static IReadOnlyList<CertifierPolicy> Load()
    {
        if (ReadFile().Find("rules")?.Value is not FrontMatterSequence rows)
            throw new InvalidOperationException($"{ResourceName} is not a table of rules: 'rules' is not a list");
        return rows.Items.Select(row => ToPolicy(new Row(row))).ToArray();
    }

    private static IReadOnlyList<string> LoadCourseWords() =>
        ReadFile().Find("courseWords")?.Value is FrontMatterSequence words
            ? words.Items.OfType<FrontMatterScalar>().Select(w => w.Value.Trim()).Where(w => w.Length > 0).ToArray()
            : throw new InvalidOperationException($"{ResourceName} has no list of courseWords");

    private static FrontMatterMapping ReadFile()
    {
        var text = Text();
        var diagnostics = new DiagnosticBag();
        var block = new FrontMatterBlock(FrontMatterFormat.Yaml, text, 1, text.Length, 1);
        var root = YamlFrontMatterReader.Read(block, ResourceName, DocumentLimits.Default, diagnostics);
        if (diagnostics.Items.Count > 0 || root is not FrontMatterMapping file)
            throw new InvalidOperationException($"{ResourceName} is not a table of rules: {string.Join("; ", diagnostics.Items.Select(d => d.Message))}");
        return file;
    }

    // A plain loop rather than LINQ's grouping over tuples: the table is indexed at every start of the CLI.
    private static Dictionary<string, List<CertifierPolicy>> IndexByProvider()
    {
        var index = new Dictionary<string, List<CertifierPolicy>>(StringComparer.Ordinal);
        foreach (var policy in Table.Value)
        {
            foreach (var key in policy.ProviderKeys)
            {
                if (!index.TryGetValue(key, out var rows)) index[key] = rows = [];
                if (!rows.Contains(policy)) rows.Add(policy);
            }
        }
        return index;
    }

    private static CertifierPolicy ToPolicy(Row row) => new()
    {
        Id = row.String("id"),
        Certifier = row.String("certifier"),
        Providers = row.Strings("providers"),
        Titles = row.Strings("titles").Select(Pattern).ToArray(),
        KnownTitles = row.Strings("knownTitles").Select(Pattern).ToArray(),
        IssuedFrom = ParseDate(row.OptionalString("issuedFrom")),
        IssuedBefore = ParseDate(row.OptionalString("issuedBefore")),
        Terms = new RenewalTerms
        {
            CycleYears = row.Int("validityYears"),
            WindowDays = row.Int("windowDays"),
            Credits = row.Number("credits"),
            CreditUnit = row.OptionalString("creditUnit"),
            AnnualMinimum = row.Number("annualMinimum"),
            Url = row.String("source"),
            Expires = row.Bool("expires"),
        },
        AcceptsCredits = row.Bool("acceptsCredits") ?? false,
        RenewsBy = row.String("renewsBy"),
        Source = row.String("source"),
    };

    private static Regex Pattern(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One row of the shipped table; a malformed row is a bug in the table, so it throws.</summary>
    private sealed class Row(FrontMatterNode node)
    {
        private readonly FrontMatterMapping _map = node as FrontMatterMapping
            ?? throw new InvalidOperationException($"{ResourceName}:{node.Start.Line}: a rule must be a mapping");

        public string String(string key) => OptionalString(key) ?? throw Invalid(key, "is required");

        public string? OptionalString(string key) => Scalar(key) is { IsNull: false } s ? s.Value : null;

        public IReadOnlyList<string> Strings(string key) => _map.Find(key)?.Value switch
        {
            null => [],
            FrontMatterSequence list => list.Items.Select(i => (i as FrontMatterScalar)?.Value ?? throw Invalid(key, "must list strings")).ToArray(),
            _ => throw Invalid(key, "must be a list"),
        };

        public int? Int(string key) => Scalar(key) switch
        {
            null or { IsNull: true } => null,
            { ResolvedKind: ScalarKind.Integer } s => int.Parse(s.Value, CultureInfo.InvariantCulture),
            _ => throw Invalid(key, "must be a whole number"),
        };

        public double? Number(string key) => Scalar(key) switch
        {
            null or { IsNull: true } => null,
            { ResolvedKind: ScalarKind.Integer or ScalarKind.Float } s => double.Parse(s.Value, CultureInfo.InvariantCulture),
            _ => throw Invalid(key, "must be a number"),
        };

        public bool? Bool(string key) => Scalar(key) switch
        {
            null or { IsNull: true } => null,
            { ResolvedKind: ScalarKind.Boolean } s => s.Value.Equals("true", StringComparison.OrdinalIgnoreCase),
            _ => throw Invalid(key, "must be true or false"),
        };

        private FrontMatterScalar? Scalar(string key) => _map.Find(key)?.Value switch
        {
            null => null,
            FrontMatterScalar s => s,
            _ => throw Invalid(key, "must be a single value"),
        };

        private InvalidOperationException Invalid(string key, string problem) =>
            new($"{ResourceName}:{_map.Start.Line}: {key} {problem}");
    }
}
