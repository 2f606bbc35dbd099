using System.Globalization;
using Certfolio.Core.Binding;
using Certfolio.Core.Model;

namespace Certfolio.Interop.Importing;

/// <summary>
/// Matches imported records to credentials already in the portfolio and lists the differences. Only what
/// the source knows is compared: a LinkedIn row has no description, so it never erases one; a month-precise
/// date agrees with any day of that month.
/// </summary>
public static class CredentialComparer
{
    /// <summary>The existing credential that is the same one: same credentialId, else same verificationUrl, else same title, provider and date.</summary>
    public static Credential? FindMatch(ImportedCredential record, IEnumerable<Credential> existing)
    {
        var list = existing as IReadOnlyCollection<Credential> ?? existing.ToArray();
        if (record.CredentialId is { Length: > 0 } id)
        {
            var byId = list.FirstOrDefault(c => string.Equals(c.CredentialId, id, StringComparison.Ordinal));
            if (byId is not null) return byId;
        }
        if (record.VerificationUrl is { Length: > 0 } url)
        {
            var byUrl = list.FirstOrDefault(c => c.VerificationUrl is { } u && SameUrl(u, url));
            if (byUrl is not null) return byUrl;
        }
        return list.FirstOrDefault(c =>
            string.Equals(c.Title.Trim(), record.Title.Trim(), StringComparison.OrdinalIgnoreCase)
            && string.Equals(c.Provider.Trim(), record.Provider.Trim(), StringComparison.OrdinalIgnoreCase)
            && SameDate(c.Issued, record.Issued, record.Precision));
    }

    /// <summary>The keys to change so the document says what the record says.</summary>
    public static IReadOnlyList<FieldChange> Differences(ImportedCredential record, Credential existing, FieldMap fields)
    {
        var changes = new List<FieldChange>();
        void Text(string canonical, string? incoming, string? current)
        {
            if (incoming is null || string.Equals(incoming, current, StringComparison.Ordinal)) return;
            changes.Add(new FieldChange(fields.NameOf(canonical), FieldKind.Text, current, incoming, incoming));
        }
        void Date(string canonical, DateOnly? incoming, DateOnly? current)
        {
            if (incoming is not { } value) return;
            if (current is { } c && SameDate(c, value, record.Precision)) return;
            changes.Add(new FieldChange(fields.NameOf(canonical), FieldKind.Date, current is { } d ? Iso(d) : null, Iso(value), value));
        }

        Text("title", record.Title, existing.Title);
        Date("date", record.Issued, existing.Issued);
        Text("provider", record.Provider, existing.Provider);
        Text("description", record.Description, existing.Description);
        Text("credentialId", record.CredentialId, existing.CredentialId);
        Date("expiryDate", record.Expires, existing.Expires);
        Text("verificationUrl", record.VerificationUrl, existing.VerificationUrl);
        if (record.Skills.Count > 0 && !record.Skills.SequenceEqual(existing.Skills, StringComparer.Ordinal))
            changes.Add(new FieldChange(fields.NameOf("skills"), FieldKind.List, existing.Skills.Count == 0 ? null : string.Join(", ", existing.Skills), string.Join(", ", record.Skills), record.Skills));
        Text("level", record.Level is null ? null : Levels.Normalise(record.Level), existing.Level);
        if (!SameLogo(record.Logo, existing.Logo)) Text("logo", record.Logo, existing.Logo?.Value);

        // A coarser date that agrees is no news; a date that changed takes the record's precision with it, where that
        // does not make a day the document knows a month.
        CredentialDates.Settle(changes, record, existing, fields);
        return changes;
    }

    public static bool SameDate(DateOnly existing, DateOnly incoming, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => existing.Year == incoming.Year,
        DatePrecision.Month => existing.Year == incoming.Year && existing.Month == incoming.Month,
        _ => existing == incoming,
    };

    /// <summary>An asset logo and its published URL (as an export writes it) are the same logo.</summary>
    private static bool SameLogo(string? incoming, Logo? existing) =>
        incoming is null || existing is null
            ? incoming is null
            : string.Equals(incoming, existing.Value, StringComparison.Ordinal)
              || (!existing.IsUrl && incoming.EndsWith("/" + existing.AssetPath, StringComparison.Ordinal));

    private static bool SameUrl(string a, string b) =>
        string.Equals(a.Trim().TrimEnd('/'), b.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
