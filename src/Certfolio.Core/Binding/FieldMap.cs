namespace Certfolio.Core.Binding;

/// <summary>
/// Maps each canonical front matter key to the name a site uses (<c>fields:</c> in certfolio.yaml), so
/// existing files work unchanged, and knows the well-known aliases to suggest a mapping for.
/// </summary>
public sealed class FieldMap
{
    public static readonly IReadOnlyList<string> CanonicalKeys =
        ["title", "date", "provider", "description", "credentialId", "expiryDate", "verificationUrl", "skills", "level", "logo"];

    public static readonly IReadOnlyDictionary<string, string> WellKnownAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = "title",
        ["issuer"] = "provider", ["organization"] = "provider", ["organisation"] = "provider", ["authority"] = "provider", ["issuingOrganization"] = "provider",
        ["issueDate"] = "date", ["issued"] = "date", ["issuedOn"] = "date", ["issue_date"] = "date", ["dateIssued"] = "date", ["date_start"] = "date",
        ["expirationDate"] = "expiryDate", ["expiration"] = "expiryDate", ["expires"] = "expiryDate", ["expiry"] = "expiryDate", ["validUntil"] = "expiryDate", ["expiry_date"] = "expiryDate", ["expiration_date"] = "expiryDate", ["date_end"] = "expiryDate",
        ["credentialUrl"] = "verificationUrl", ["credential_url"] = "verificationUrl", ["verifyUrl"] = "verificationUrl", ["verification_url"] = "verificationUrl", ["certificate_url"] = "verificationUrl", ["badgeUrl"] = "verificationUrl",
        ["credentialID"] = "credentialId", ["credential_id"] = "credentialId", ["licenseNumber"] = "credentialId", ["certificationId"] = "credentialId",
        ["tags"] = "skills", ["competencies"] = "skills",
        ["image"] = "logo", ["badge"] = "logo", ["icon"] = "logo",
        ["summary"] = "description",
    };

    private readonly Dictionary<string, string> _nameOf;

    public FieldMap(IReadOnlyDictionary<string, string>? overrides = null)
    {
        _nameOf = CanonicalKeys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        if (overrides is null) return;
        foreach (var (canonical, name) in overrides) _nameOf[canonical] = name;
    }

    public static FieldMap Default { get; } = new();

    private CredentialBinder? _binder;

    /// <summary>The binder for this mapping, built once and shared by every document of a load (it holds no state).</summary>
    public CredentialBinder Binder => _binder ??= new CredentialBinder(this);

    /// <summary>The front matter key that holds <paramref name="canonicalKey"/> in this portfolio.</summary>
    public string NameOf(string canonicalKey) => _nameOf.TryGetValue(canonicalKey, out var name) ? name : canonicalKey;

    public bool IsMapped(string key) => _nameOf.ContainsValue(key);

    public IReadOnlyDictionary<string, string> Overrides =>
        _nameOf.Where(p => p.Key != p.Value).ToDictionary(p => p.Key, p => p.Value);
}
