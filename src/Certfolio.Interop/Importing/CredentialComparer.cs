using System.Globalization;
using Certfolio.Core.Binding;
using Certfolio.Core.Model;
using Certfolio.Interop.Importing.Identity;

namespace Certfolio.Interop.Importing;

/// <summary>
/// Matches imported records to credentials already in the portfolio and lists the differences. Only what
/// the source knows is compared: a LinkedIn row has no description, so it never erases one; a month-precise
/// date agrees with any day of that month.
/// </summary>
public static class CredentialComparer
{
    /// <summary>
    /// The existing credential that is the same one, else one that shares an identifier but is a different credential,
    /// else null. Two are the same only when the evidence agrees: the same issuer and a compatible title, plus a shared
    /// credential ID, verification URL or issue date. A profile URL (Credly <c>/users/…</c>) is no evidence.
    /// </summary>
    public static CredentialMatch? FindMatch(ImportedCredential record, IEnumerable<Credential> existing)
    {
        var list = existing as IReadOnlyCollection<Credential> ?? existing.ToArray();
        var same = list
            .Select(c => (Credential: c, Agreement: Agreement(record, c)))
            .Where(c => c.Agreement.Strength > 0)
            .OrderByDescending(c => c.Agreement.Strength)
            .FirstOrDefault();
        if (same.Credential is not null) return new SameCredential(same.Credential, same.Agreement.Evidence);
        foreach (var credential in list)
        {
            if (SharedIdentifier(record, credential) is { } key)
                return new ConflictingCredential(credential, key, IdentityDifferences(record, credential));
        }
        return null;
    }

    /// <summary>How strongly the evidence says the record is <paramref name="credential"/> (0: it does not), and which evidence.</summary>
    private static (int Strength, string Evidence) Agreement(ImportedCredential record, Credential credential)
    {
        if (!IssuerNames.Same(credential.Provider, record.Provider) || !TitleCompatibility.Compatible(credential.Title, record.Title)) return (0, "");
        var (strength, evidence) = SameId(record, credential) ? (8, "credentialId")
            : SameVerificationUrl(record, credential) ? (4, "verificationUrl")
            : SameDate(credential.Issued, record.Issued, record.Precision) ? (2, "issue date")
            : (0, "");
        // Among agreeing credentials, the one whose title is written the same way.
        if (strength > 0 && string.Equals(credential.Title.Trim(), record.Title.Trim(), StringComparison.OrdinalIgnoreCase)) strength++;
        return (strength, evidence);
    }

    /// <summary>The identifier a different credential shares with the record, or null. An ID of a person-id issuer is shared by design.</summary>
    private static string? SharedIdentifier(ImportedCredential record, Credential credential)
    {
        if (SameId(record, credential) && !(IssuerNames.IdNamesThePerson(record.Provider) && IssuerNames.IdNamesThePerson(credential.Provider)))
            return "credentialId";
        return SameVerificationUrl(record, credential) ? "verificationUrl" : null;
    }

    private static bool SameId(ImportedCredential record, Credential credential) =>
        record.CredentialId is { Length: > 0 } id && credential.CredentialId is { } other && string.Equals(other.Trim(), id.Trim(), StringComparison.Ordinal);

    private static bool SameVerificationUrl(ImportedCredential record, Credential credential) =>
        record.VerificationUrl is { Length: > 0 } url && credential.VerificationUrl is { } other
        && !ProfileUrl.IsProfile(url) && SameUrl(other, url);

    /// <summary>How title and issuer differ, in words: <c>title 'Splunk Core Certified User' there, 'Terraform Associate' here</c>.</summary>
    public static IReadOnlyList<string> IdentityDifferences(ImportedCredential record, Credential credential)
    {
        var differences = new List<string>();
        if (!string.Equals(credential.Title.Trim(), record.Title.Trim(), StringComparison.Ordinal))
            differences.Add($"title '{credential.Title}' there, '{record.Title}' here");
        // "Amazon Web Services" and "Amazon Web Services (AWS)" are one issuer written two ways, not two issuers.
        if (!IssuerNames.Same(credential.Provider, record.Provider))
            differences.Add($"provider '{credential.Provider}' there, '{record.Provider}' here");
        return differences;
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
        // The issuer as the document writes it stays: the same issuer written another way is no news.
        if (!IssuerNames.Same(existing.Provider, record.Provider)) Text("provider", record.Provider, existing.Provider);
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
