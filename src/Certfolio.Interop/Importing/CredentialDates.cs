using System.Globalization;
using Certfolio.Core.Binding;
using Certfolio.Core.Model;

namespace Certfolio.Interop.Importing;

/// <summary>
/// The precision of a credential's dates (<c>datePrecision</c>), read for exports and settled for re-imports, so
/// dates stay as precise as they were, and no more.
/// </summary>
public static class CredentialDates
{
    public static DatePrecision PrecisionOf(Credential credential) => credential.DatePrecision;

    /// <summary>
    /// The expiry and <c>datePrecision</c> of a new document from a source that knows each date to its own precision
    /// (LinkedIn's "2018" and "Mar 2026"). One key speaks for both dates, so when they differ the document is kept to the
    /// day, with the validity the source gives: the expiry on the last day of its month or year, the issue date on the
    /// first (as it is already stored). A year's precision for both would make "Mar 2026" valid to December.
    /// </summary>
    public static (DateOnly? Expires, DatePrecision Precision) Combine(DatePrecision issued, (DateOnly Date, DatePrecision Precision)? expires)
    {
        if (expires is not { } expiry || expiry.Precision == issued) return (expires?.Date, issued);
        return (DatePeriod.LastDay(expiry.Date, expiry.Precision), DatePrecision.Day);
    }

    /// <summary>
    /// Settles <c>datePrecision</c> after a re-import changed dates. One key speaks for both dates, so it is written
    /// only when every date the document will hold is known that far: a LinkedIn row "Jun 2026" adding an expiry to a
    /// document whose issue date has a day must not make that day a month. When the dates differ in precision the
    /// document is kept to the day, with the same validity: a coarser expiry is written as the last day of its month
    /// (or year), as status reads it; a coarser issue date as the first day, as it is already stored.
    /// </summary>
    public static void Settle(List<FieldChange> changes, ImportedCredential record, Credential existing, FieldMap fields)
    {
        if (!changes.Exists(c => c.Kind == FieldKind.Date)) return;
        var dateKey = fields.NameOf("date");
        var expiryKey = fields.NameOf("expiryDate");
        var current = existing.DatePrecision;
        var expiryChange = changes.FindIndex(c => c.Kind == FieldKind.Date && c.Key == expiryKey);
        var issuePrecision = changes.Exists(c => c.Kind == FieldKind.Date && c.Key == dateKey) ? record.Precision : current;
        DatePrecision? expiryPrecision = expiryChange >= 0 ? record.Precision : existing.Expires is null ? null : current;

        var settled = expiryPrecision is null || expiryPrecision == issuePrecision ? issuePrecision : DatePrecision.Day;
        if (settled == DatePrecision.Day && expiryChange >= 0 && record.Precision != DatePrecision.Day && record.Expires is { } expires)
        {
            var lastDay = DatePeriod.LastDay(expires, record.Precision);
            changes[expiryChange] = changes[expiryChange] with { NewText = lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), NewValue = lastDay };
        }
        if (settled == current) return;
        var name = DatePeriod.Name(settled);
        changes.Add(new FieldChange(DatePeriod.Key, FieldKind.Word,
            existing.Extra.ContainsKey(DatePeriod.Key) ? DatePeriod.Name(current) : null, name, name));
    }
}
