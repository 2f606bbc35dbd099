using System.Globalization;
using Certfolio.Core.Binding;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;
using Certfolio.Core.Validation;

namespace Certfolio.Core.Training;

/// <summary>
/// Binds a training Markdown file's front matter (<c>title, date, hours | credits + unit, provider,
/// appliesTo, evidence</c>) with the same diagnostics as certifications. Returns null when unusable.
/// </summary>
public static class TrainingDocumentBinder
{
    public static TrainingActivity? Bind(Document document, AssetResolver assets, DiagnosticBag diagnostics)
    {
        if (document.FrontMatter is not { } map) return null;
        var path = document.RelativePath;
        var start = map.Entries.Count > 0 ? map.Start : LinePosition.FileStart;

        var title = RequiredText(map, "title", path, start, diagnostics);
        DateOnly? date = null;
        if (map.Find("date") is { } dateEntry) date = DateValue.Bind("date", dateEntry.Value, path, diagnostics);
        else diagnostics.Add(Descriptors.RequiredKeyMissing, SourceLocation.At(path, start), "date");

        var hours = Amount(map, "hours", path, diagnostics);
        var credits = Amount(map, "credits", path, diagnostics);
        var unit = OptionalText(map, "unit", path, diagnostics);
        if (map.Find("hours") is null && map.Find("credits") is null)
            diagnostics.Add(Descriptors.InvalidTraining, SourceLocation.At(path, start), "a training record needs 'hours', or 'credits' with a 'unit'");
        if (map.Find("credits") is { } creditsEntry && unit is null && map.Find("unit") is null)
            diagnostics.Add(Descriptors.InvalidTraining, SourceLocation.At(path, creditsEntry.Value.Span), "'credits' needs a 'unit' (hours, CPE, CEU, PDU…)");
        var provider = OptionalText(map, "provider", path, diagnostics);
        var (appliesTo, appliesToLocations) = AppliesTo(map, path, start, diagnostics);
        var evidence = OptionalText(map, "evidence", path, diagnostics);
        if (evidence is not null && map.Find("evidence") is { } evidenceEntry)
            CheckEvidence(evidence, Path.GetDirectoryName(document.FilePath), assets, SourceLocation.At(path, evidenceEntry.Value.Span), diagnostics);

        if (title is null || date is null || appliesTo.Count == 0 || (hours is null && credits is null) || (credits is not null && unit is null)) return null;
        return new TrainingActivity
        {
            Title = title,
            Date = date.Value,
            Hours = hours,
            Credits = credits,
            Unit = unit,
            Provider = provider,
            AppliesTo = appliesTo,
            AppliesToLocations = appliesToLocations,
            Evidence = evidence,
            Location = SourceLocation.FileStart(path),
        };
    }

    /// <summary>Reports evidence that is not an http(s) URL nor a file inside the portfolio.</summary>
    public static void CheckEvidence(string evidence, string? directory, AssetResolver assets, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (evidence.Contains("://", StringComparison.Ordinal))
        {
            if (!VerificationUrlRule.IsHttpUrl(evidence))
                diagnostics.Add(Descriptors.InvalidTraining, location, $"evidence '{evidence}' must be an http(s) URL or a file in the portfolio");
            return;
        }
        var resolved = assets.Resolve(evidence, directory);
        switch (resolved.Resolution)
        {
            case AssetResolution.Outside:
                diagnostics.Add(Descriptors.InvalidTraining, location, $"evidence '{evidence}' points outside the portfolio ({resolved.Reason})");
                break;
            case AssetResolution.Missing:
                diagnostics.Add(Descriptors.TrainingEvidenceNotFound, location, evidence);
                break;
        }
    }

    private static string? RequiredText(FrontMatterMapping map, string key, string path, LinePosition start, DiagnosticBag diagnostics)
    {
        if (map.Find(key) is null)
        {
            diagnostics.Add(Descriptors.RequiredKeyMissing, SourceLocation.At(path, start), key);
            return null;
        }
        var value = OptionalText(map, key, path, diagnostics);
        if (value is null && map.Find(key)!.Value is FrontMatterScalar { IsNull: true } empty)
            diagnostics.Add(Descriptors.EmptyValue, SourceLocation.At(path, empty.Span), key);
        return value;
    }

    private static string? OptionalText(FrontMatterMapping map, string key, string path, DiagnosticBag diagnostics)
    {
        switch (map.Find(key)?.Value)
        {
            case null or FrontMatterScalar { IsNull: true }:
                return null;
            case FrontMatterScalar { ResolvedKind: ScalarKind.String or ScalarKind.Integer or ScalarKind.Float } s:
                if (!string.IsNullOrWhiteSpace(s.Value)) return s.Value.Trim();
                diagnostics.Add(Descriptors.EmptyValue, SourceLocation.At(path, s.Span), key);
                return null;
            case var other:
                diagnostics.Add(Descriptors.WrongType, SourceLocation.At(path, other.Span), key, "a string", other.Describe());
                return null;
        }
    }

    private static double? Amount(FrontMatterMapping map, string key, string path, DiagnosticBag diagnostics)
    {
        if (map.Find(key)?.Value is not { } node || node is FrontMatterScalar { IsNull: true }) return null;
        if (node is FrontMatterScalar { ResolvedKind: ScalarKind.Integer or ScalarKind.Float } s
            && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            if (value > 0) return value;
            diagnostics.Add(Descriptors.InvalidTraining, SourceLocation.At(path, node.Span), $"{key} must be more than zero, not {s.Value}");
            return null;
        }
        diagnostics.Add(Descriptors.WrongType, SourceLocation.At(path, node.Span), key, "a number", node.Describe());
        return null;
    }

    private static (IReadOnlyList<string>, IReadOnlyList<SourceLocation>) AppliesTo(FrontMatterMapping map, string path, LinePosition start, DiagnosticBag diagnostics)
    {
        var node = map.Find("appliesTo")?.Value;
        if (node is null)
        {
            diagnostics.Add(Descriptors.RequiredKeyMissing, SourceLocation.At(path, start), "appliesTo");
            return ([], []);
        }
        IReadOnlyList<FrontMatterNode> items = node switch
        {
            FrontMatterSequence sequence => sequence.Items,
            FrontMatterScalar { IsNull: false } scalar => [scalar],
            _ => [],
        };
        if (items.Count == 0)
        {
            if (node is FrontMatterMapping) diagnostics.Add(Descriptors.WrongType, SourceLocation.At(path, node.Span), "appliesTo", "a list of credentialIds or skills", node.Describe());
            else diagnostics.Add(Descriptors.EmptyValue, SourceLocation.At(path, node.Span), "appliesTo");
            return ([], []);
        }
        var targets = new List<string>();
        var locations = new List<SourceLocation>();
        foreach (var item in items)
        {
            if (item is FrontMatterScalar { ResolvedKind: ScalarKind.String or ScalarKind.Integer or ScalarKind.Float } s && !string.IsNullOrWhiteSpace(s.Value))
            {
                targets.Add(s.Value.Trim());
                locations.Add(SourceLocation.At(path, s.Span));
            }
            else diagnostics.Add(Descriptors.WrongType, SourceLocation.At(path, item.Span), "an appliesTo item", "a credentialId or skill", item.Describe());
        }
        return (targets, locations);
    }
}
