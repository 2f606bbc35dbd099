using System.Globalization;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Text;

namespace Certfolio.Core.Binding;

/// <summary>
/// Stage two: a document's front matter tree to a typed <see cref="Credential"/>. Checks presence and
/// types only; semantic rules (date order, URLs, files) are <see cref="Validation.IValidationRule"/>s.
/// Returns null when a required value is missing or unusable.
/// </summary>
public sealed class CredentialBinder(FieldMap fields)
{
    private readonly KeySuggester _suggester = new(fields);

    private static readonly IReadOnlyDictionary<string, object?> NoExtra = new Dictionary<string, object?>(StringComparer.Ordinal).AsReadOnly();

    // A loaded portfolio keeps every credential, so what it keeps is sized to fit, and values that many credentials
    // share (providers, levels, skills, logos) are kept once (SharedStrings).

    public Credential? Bind(Document document, DiagnosticBag diagnostics)
    {
        if (document.FrontMatter is not { } frontMatter) return null;
        var path = document.RelativePath;
        var spans = new FieldSpans();
        var used = new HashSet<string>(frontMatter.Entries.Count, StringComparer.Ordinal);

        FrontMatterNode? Take(string canonical)
        {
            var entry = frontMatter.Find(fields.NameOf(canonical));
            if (entry is null) return null;
            used.Add(entry.Key);
            spans = spans.With(canonical, entry.Value.Span);
            return entry.Value;
        }

        SuggestAliases(frontMatter, path, diagnostics);
        var suggestions = ReportTypos(frontMatter, path, diagnostics);

        var title = RequiredString("title", Take("title"), frontMatter, suggestions, path, diagnostics);
        var dateNode = Take("date");
        DateOnly? issued = null;
        if (dateNode is null) Missing("date", frontMatter, suggestions, path, diagnostics);
        else issued = DateValue.Bind(fields.NameOf("date"), dateNode, path, diagnostics);
        var provider = SharedStrings.SharedOrNull(RequiredString("provider", Take("provider"), frontMatter, suggestions, path, diagnostics));
        var description = OptionalString("description", Take("description"), path, diagnostics);
        var credentialId = OptionalString("credentialId", Take("credentialId"), path, diagnostics, allowNumber: true);
        var expiryNode = Take("expiryDate");
        var expires = expiryNode is null or FrontMatterScalar { IsNull: true } ? null : DateValue.Bind(fields.NameOf("expiryDate"), expiryNode, path, diagnostics);
        var verificationUrl = OptionalString("verificationUrl", Take("verificationUrl"), path, diagnostics);
        var skills = BindSkills(Take("skills"), path, diagnostics);
        var level = OptionalString("level", Take("level"), path, diagnostics);
        var logo = OptionalString("logo", Take("logo"), path, diagnostics);

        var renew = true;
        if (frontMatter.Find("renew") is { } renewEntry)
        {
            used.Add("renew");
            spans = spans with { Renew = renewEntry.Value.Span };
            if (renewEntry.Value is FrontMatterScalar { ResolvedKind: ScalarKind.Boolean } b) renew = bool.Parse(b.Value.ToLowerInvariant());
            else diagnostics.Add(Descriptors.WrongType, SourceLocation.At(path, renewEntry.Value.Span), "renew", "true or false", renewEntry.Value.Describe());
        }
        FrontMatterMapping? renewal = null;
        if (frontMatter.Find("renewal") is { } renewalEntry)
        {
            used.Add("renewal");
            spans = spans with { Renewal = renewalEntry.Value.Span };
            if (renewalEntry.Value is FrontMatterMapping mapping) renewal = mapping;
            else diagnostics.Add(Descriptors.WrongType, SourceLocation.At(path, renewalEntry.Value.Span), "renewal", "a mapping of renewal rules", renewalEntry.Value.Describe());
        }

        // An incomplete credential is still bound, so the semantic rules report every other problem too.
        var complete = title is not null && issued is not null && provider is not null;

        // Most credentials have no unknown keys: they share one empty map instead of each keeping its own.
        Dictionary<string, object?>? extra = null;
        foreach (var entry in frontMatter.Entries)
        {
            if (used.Contains(entry.Key)) continue;
            // Keys Certfolio does not know go to themes as they are: prose may span lines, nothing else may hide there.
            if (ControlCharacters.IndexOfForbidden(entry.Key, multiLine: false) is var index and >= 0)
                diagnostics.Add(Descriptors.ControlCharacter, SourceLocation.At(path, entry.KeySpan), "(key)", ControlCharacters.Describe(entry.Key[index]), index + 1);
            ReportControlCharacters(entry.Key, entry.Value, multiLine: true, path, diagnostics);
            (extra ??= new Dictionary<string, object?>(StringComparer.Ordinal))[entry.Key] = PlainValue.From(entry.Value);
        }
        if (renewal is not null) ReportControlCharacters("renewal", renewal, multiLine: false, path, diagnostics);

        return new Credential
        {
            RelativePath = document.RelativePath,
            Slug = Slug.From(document.Name),
            IsComplete = complete,
            Title = title ?? "",
            Issued = issued ?? DateOnly.MinValue,
            Provider = provider ?? "",
            Description = description,
            CredentialId = credentialId,
            Expires = expires,
            // Kept in Extra as well, for themes; the typed value is what status, calendar and exports read.
            DatePrecision = DatePeriod.Parse(extra?.GetValueOrDefault(DatePeriod.Key)),
            VerificationUrl = verificationUrl?.Trim(),
            Skills = skills,
            Level = level is null ? null : SharedStrings.Shared(Levels.Normalise(level)),
            Logo = logo is null ? null : new Logo(SharedStrings.Shared(logo.Trim()), IsUrl(logo)),
            Renew = renew,
            Renewal = renewal,
            Extra = extra ?? NoExtra,
            Spans = spans,
        };
    }

    private static bool IsUrl(string logo) =>
        logo.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || logo.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private void SuggestAliases(FrontMatterMapping frontMatter, string path, DiagnosticBag diagnostics)
    {
        foreach (var entry in frontMatter.Entries)
        {
            if (fields.IsMapped(entry.Key) || !FieldMap.WellKnownAliases.TryGetValue(entry.Key, out var canonical)) continue;
            if (frontMatter.Find(fields.NameOf(canonical)) is not null) continue;
            diagnostics.Add(Descriptors.KnownAlias, SourceLocation.At(path, entry.KeySpan), entry.Key, canonical);
        }
    }

    /// <summary>
    /// Reports keys that look like typos of a key Certfolio reads, at the key: a wrong case is an error (the value is
    /// lost), as is a misspelt required key (it replaces "required key missing", which would point elsewhere); a
    /// misspelt optional key is a warning, since unknown keys are legitimately passed to themes.
    /// </summary>
    private IReadOnlyList<KeySuggestion> ReportTypos(FrontMatterMapping frontMatter, string path, DiagnosticBag diagnostics)
    {
        var suggestions = _suggester.For(frontMatter);
        foreach (var suggestion in suggestions)
        {
            var descriptor = suggestion.CaseOnly ? Descriptors.KeyInWrongCase
                : IsRequired(suggestion.Canonical) ? Descriptors.MisspeltRequiredKey
                : Descriptors.MisspeltKey;
            diagnostics.Add(descriptor, SourceLocation.At(path, suggestion.Entry.KeySpan), suggestion.Entry.Key, suggestion.Intended);
        }
        return suggestions;
    }

    private static bool IsRequired(string canonical) => canonical is "title" or "date" or "provider";

    private void Missing(string canonical, FrontMatterMapping frontMatter, IReadOnlyList<KeySuggestion> suggestions, string path, DiagnosticBag diagnostics)
    {
        // A typo of the key was already reported where it stands, naming this key.
        if (suggestions.Any(s => s.Canonical == canonical)) return;
        diagnostics.Add(Descriptors.RequiredKeyMissing, frontMatter.Entries.Count > 0 ? SourceLocation.At(path, frontMatter.Entries[0].KeySpan) : SourceLocation.FileStart(path), fields.NameOf(canonical));
    }

    private string? RequiredString(string canonical, FrontMatterNode? node, FrontMatterMapping frontMatter, IReadOnlyList<KeySuggestion> suggestions, string path, DiagnosticBag diagnostics)
    {
        if (node is null)
        {
            Missing(canonical, frontMatter, suggestions, path, diagnostics);
            return null;
        }
        var value = OptionalString(canonical, node, path, diagnostics);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Add(Descriptors.EmptyValue, SourceLocation.At(path, node.Span), fields.NameOf(canonical));
            return null;
        }
        if (value is null && node is FrontMatterScalar { IsNull: true })
            diagnostics.Add(Descriptors.EmptyValue, SourceLocation.At(path, node.Span), fields.NameOf(canonical));
        return value;
    }

    private string? OptionalString(string canonical, FrontMatterNode? node, string path, DiagnosticBag diagnostics, bool allowNumber = false)
    {
        switch (node)
        {
            case null:
            case FrontMatterScalar { IsNull: true }:
                return null;
            case FrontMatterScalar { ResolvedKind: ScalarKind.String } s:
                // A value with a control character is reported and not used: it could start a line in calendar.ics
                // or break the site's XML, and calendar and status use the credentials that bind.
                return Clean(fields.NameOf(canonical), s, multiLine: canonical == "description", path, diagnostics) ? s.Value : null;
            case FrontMatterScalar { ResolvedKind: ScalarKind.Integer } n when allowNumber:
                return n.Value;
            default:
                diagnostics.Add(Descriptors.WrongType, SourceLocation.At(path, node.Span), fields.NameOf(canonical), "a string", node.Describe());
                return null;
        }
    }

    /// <summary>True when <paramref name="scalar"/> holds no control character; else reports the first, at the value.</summary>
    private static bool Clean(string key, FrontMatterScalar scalar, bool multiLine, string path, DiagnosticBag diagnostics)
    {
        var index = ControlCharacters.IndexOfForbidden(scalar.Value, multiLine);
        if (index < 0) return true;
        diagnostics.Add(Descriptors.ControlCharacter, SourceLocation.At(path, scalar.Span), key, ControlCharacters.Describe(scalar.Value[index]), index + 1);
        return false;
    }

    /// <summary>Reports control characters in every key and scalar below <paramref name="node"/>.</summary>
    private static void ReportControlCharacters(string key, FrontMatterNode node, bool multiLine, string path, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case FrontMatterScalar scalar:
                Clean(key, scalar, multiLine, path, diagnostics);
                break;
            case FrontMatterSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++) ReportControlCharacters($"{key}[{i}]", sequence.Items[i], multiLine, path, diagnostics);
                break;
            case FrontMatterMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    var name = $"{key}.{entry.Key}";
                    if (ControlCharacters.IndexOfForbidden(entry.Key, multiLine: false) is var index and >= 0)
                        diagnostics.Add(Descriptors.ControlCharacter, SourceLocation.At(path, entry.KeySpan), $"{key}.(key)", ControlCharacters.Describe(entry.Key[index]), index + 1);
                    ReportControlCharacters(name, entry.Value, multiLine, path, diagnostics);
                }
                break;
        }
    }

    private IReadOnlyList<string> BindSkills(FrontMatterNode? node, string path, DiagnosticBag diagnostics)
    {
        if (node is null or FrontMatterScalar { IsNull: true }) return [];
        if (node is FrontMatterScalar { ResolvedKind: ScalarKind.String } text && !string.IsNullOrWhiteSpace(text.Value))
        {
            // `skills: AWS, DevOps` is one string to YAML: say the list form that was meant.
            diagnostics.Add(Descriptors.SkillsAsText, SourceLocation.At(path, node.Span), fields.NameOf("skills"), SkillList.Suggest(text.Value));
            return [];
        }
        if (node is not FrontMatterSequence sequence)
        {
            diagnostics.Add(Descriptors.WrongType, SourceLocation.At(path, node.Span), fields.NameOf("skills"), "a list of strings", node.Describe());
            return [];
        }
        var skills = new string[sequence.Items.Count];
        var count = 0;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            if (item is not FrontMatterScalar scalar || scalar.ResolvedKind is not (ScalarKind.String or ScalarKind.Integer or ScalarKind.Float))
            {
                diagnostics.Add(Descriptors.WrongType, SourceLocation.At(path, item.Span), $"{fields.NameOf("skills")}[{i}]", "a string", item.Describe());
                continue;
            }
            if (string.IsNullOrWhiteSpace(scalar.Value))
            {
                diagnostics.Add(Descriptors.EmptyValue, SourceLocation.At(path, item.Span), $"{fields.NameOf("skills")}[{i}]");
                continue;
            }
            if (!Clean($"{fields.NameOf("skills")}[{i}]", scalar, multiLine: false, path, diagnostics)) continue;
            if (scalar.FoldedFromLines && scalar.Value.Contains(" - ", StringComparison.Ordinal))
                diagnostics.Add(Descriptors.SkillsMergedByIndentation, SourceLocation.At(path, item.Span), $"{fields.NameOf("skills")}[{i}]", scalar.Value);
            skills[count++] = SharedStrings.Shared(scalar.Value.Trim());
        }
        if (count < skills.Length) Array.Resize(ref skills, count);
        return skills;
    }
}
