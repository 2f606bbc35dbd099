using System.Globalization;
using Certfolio.Core.Binding;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Certfolio.Core.Training;

/// <summary>
/// Reads <c>training.csv</c> (columns <c>title,date,hours,credits,unit,provider,appliesTo,evidence</c>;
/// <c>appliesTo</c> separated by <c>;</c>). Every problem names its row and points at the row's line.
/// </summary>
public static class TrainingCsvReader
{
    public static readonly IReadOnlyList<string> Columns = ["title", "date", "hours", "credits", "unit", "provider", "appliesTo", "evidence"];

    public static IReadOnlyList<TrainingActivity> Read(string text, string filePath, string relativePath, AssetResolver assets, DiagnosticBag diagnostics)
    {
        var activities = new List<TrainingActivity>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            IgnoreBlankLines = false,
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        var badData = new List<(int Line, string Field)>();
        configuration.BadDataFound = args => badData.Add((args.Context.Parser?.RawRow ?? 0, args.Field));

        using var reader = new CsvReader(new StringReader(text), configuration);
        try
        {
            if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { Length: > 0 } header)
            {
                diagnostics.Add(Descriptors.InvalidTraining, SourceLocation.FileStart(relativePath), $"the file is empty; it needs a header row: {string.Join(",", Columns)}");
                return activities;
            }
            var index = MapHeader(header, relativePath, diagnostics);
            if (index is null) return activities;

            var row = 0;
            var previousLine = reader.Parser.RawRow;
            while (reader.Read())
            {
                var line = previousLine + 1;
                previousLine = reader.Parser.RawRow;
                var fields = reader.Parser.Record ?? [];
                if (fields.All(string.IsNullOrWhiteSpace)) continue;
                row++;
                foreach (var bad in badData) diagnostics.Add(Descriptors.InvalidTraining, new SourceLocation(relativePath, line, 1), $"row {row}: badly quoted field '{bad.Field}'");
                var hadBadData = badData.Count > 0;
                badData.Clear();
                if (hadBadData) continue;
                var activity = BindRow(fields, index, row, line, filePath, relativePath, assets, diagnostics);
                if (activity is not null) activities.Add(activity);
            }
        }
        catch (CsvHelperException e)
        {
            var line = e.Context?.Parser?.RawRow ?? 1;
            diagnostics.Add(Descriptors.InvalidTraining, new SourceLocation(relativePath, Math.Max(line, 1), 1), $"unreadable CSV: {e.Message.Split('\n')[0].Trim()}");
        }
        return activities;
    }

    private static Dictionary<string, int>? MapHeader(string[] header, string relativePath, DiagnosticBag diagnostics)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            var column = Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                diagnostics.Add(Descriptors.InvalidTraining, SourceLocation.FileStart(relativePath), $"unknown column '{name}'; the columns are {string.Join(",", Columns)}");
                ok = false;
            }
            else if (!index.TryAdd(column, i))
            {
                diagnostics.Add(Descriptors.InvalidTraining, SourceLocation.FileStart(relativePath), $"column '{name}' appears twice");
                ok = false;
            }
        }
        foreach (var required in new[] { "title", "date", "appliesTo" })
        {
            if (index.ContainsKey(required)) continue;
            diagnostics.Add(Descriptors.InvalidTraining, SourceLocation.FileStart(relativePath), $"the header has no '{required}' column");
            ok = false;
        }
        if (!index.ContainsKey("hours") && !index.ContainsKey("credits"))
        {
            diagnostics.Add(Descriptors.InvalidTraining, SourceLocation.FileStart(relativePath), "the header needs an 'hours' or a 'credits' column");
            ok = false;
        }
        return ok ? index : null;
    }

    private static TrainingActivity? BindRow(string[] fields, Dictionary<string, int> index, int row, int line, string filePath, string relativePath,
        AssetResolver assets, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(relativePath, line, 1);
        string? Field(string column) =>
            index.TryGetValue(column, out var i) && i < fields.Length && !string.IsNullOrWhiteSpace(fields[i]) ? fields[i].Trim() : null;
        void Problem(string message) => diagnostics.Add(Descriptors.InvalidTraining, location, $"row {row}: {message}");

        var title = Field("title");
        if (title is null) Problem("title is empty");

        DateOnly? date = null;
        if (Field("date") is { } dateText)
            date = DateValue.Bind("date", new FrontMatterScalar(new LinePosition(line, 1), dateText, ScalarKind.String, true), relativePath, diagnostics);
        else Problem("date is empty");

        var hours = Amount(Field("hours"), "hours", Problem);
        var credits = Amount(Field("credits"), "credits", Problem);
        var unit = Field("unit");
        if (Field("hours") is null && Field("credits") is null) Problem("a training record needs hours, or credits with a unit");
        if (Field("credits") is not null && unit is null) Problem("credits needs a unit (hours, CPE, CEU, PDU…)");

        var appliesTo = (Field("appliesTo") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (appliesTo.Length == 0) Problem("appliesTo is empty; list credentialIds or skills separated by ';'");

        var evidence = Field("evidence");
        if (evidence is not null)
        {
            var evidenceDiagnostics = new DiagnosticBag();
            TrainingDocumentBinder.CheckEvidence(evidence, Path.GetDirectoryName(filePath), assets, location, evidenceDiagnostics);
            foreach (var d in evidenceDiagnostics.Items)
                diagnostics.Add(d with { Message = $"row {row}: {d.Message}" });
        }

        if (title is null || date is null || appliesTo.Length == 0 || (hours is null && credits is null) || (credits is not null && unit is null)) return null;
        return new TrainingActivity
        {
            Title = title,
            Date = date.Value,
            Hours = hours,
            Credits = credits,
            Unit = unit,
            Provider = Field("provider"),
            AppliesTo = appliesTo,
            AppliesToLocations = appliesTo.Select(_ => location).ToArray(),
            Evidence = evidence,
            Location = location,
        };
    }

    private static double? Amount(string? text, string column, Action<string> problem)
    {
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            if (value > 0) return value;
            problem($"{column} must be more than zero, not {text}");
            return null;
        }
        problem($"{column} '{text}' is not a number (write 1.5, not 1,5)");
        return null;
    }
}
