namespace Certfolio.Core.Diagnostics;

/// <summary>
/// Every diagnostic Certfolio reports. Ids are stable: CF00xx reading a file, CF01xx front matter values,
/// CF02xx the portfolio and its configuration, CF03xx renewal and training, CF09xx I/O.
/// docs/format.md lists each with an example; a test keeps the two in sync.
/// </summary>
public static class Descriptors
{
    private static DiagnosticDescriptor Error(string id, string title, string format) => new(id, Severity.Error, title, format);
    private static DiagnosticDescriptor Warning(string id, string title, string format) => new(id, Severity.Warning, title, format);

    // Reading a file
    public static readonly DiagnosticDescriptor EmptyFile = Error("CF0001", "Empty file", "the file is empty; a certification needs front matter between '---' lines");
    public static readonly DiagnosticDescriptor InvalidUtf8 = Error("CF0002", "Invalid UTF-8", "the file is not valid UTF-8 (invalid byte 0x{0:X2} at offset {1})");
    public static readonly DiagnosticDescriptor BinaryFile = Error("CF0003", "Binary file", "the file looks binary (it contains a NUL byte), not a Markdown document");
    public static readonly DiagnosticDescriptor DocumentTooLarge = Error("CF0004", "Document too large", "the file is {0:N0} bytes, over the limit of {1:N0} bytes (limits.maxDocumentBytes in certfolio.yaml)");
    public static readonly DiagnosticDescriptor FrontMatterTooLarge = Error("CF0005", "Front matter too large", "the front matter is {0:N0} bytes, over the limit of {1:N0} bytes (limits.maxFrontMatterBytes in certfolio.yaml)");
    public static readonly DiagnosticDescriptor MissingFrontMatter = Error("CF0006", "No front matter", "the document has no front matter: it must start with a '---' line (YAML) or a '+++' line (TOML)");
    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Error("CF0007", "Unclosed front matter", "the front matter opened here is never closed by a '{0}' line");
    public static readonly DiagnosticDescriptor YamlSyntax = Error("CF0008", "Invalid YAML", "invalid YAML: {0}");
    public static readonly DiagnosticDescriptor TomlSyntax = Error("CF0009", "Invalid TOML", "invalid TOML: {0}");
    public static readonly DiagnosticDescriptor FrontMatterNotMapping = Error("CF0010", "Front matter is not a mapping", "the front matter must be a mapping of keys to values, not {0}");
    public static readonly DiagnosticDescriptor DuplicateKey = Error("CF0011", "Duplicate key", "duplicate key '{0}' (first defined on line {1})");
    public static readonly DiagnosticDescriptor TabIndentation = Error("CF0012", "Tab in indentation", "a tab is used for indentation; YAML allows only spaces");
    public static readonly DiagnosticDescriptor NestingTooDeep = Error("CF0013", "Nesting too deep", "the front matter nests deeper than {0} levels");
    public static readonly DiagnosticDescriptor TooManyAliases = Error("CF0014", "Too many aliases", "the front matter uses more than {0} YAML anchors or aliases, or expands to more than {1} values");
    public static readonly DiagnosticDescriptor ComplexKey = Error("CF0015", "Key is not a string", "a front matter key must be a plain string");
    public static readonly DiagnosticDescriptor InternalProblem = Error("CF0016", "Internal problem", "an internal problem ({0}) stopped the work on this document; the other documents were still processed. Please report it");
    public static readonly DiagnosticDescriptor BodyNestingTooDeep = Error("CF0017", "Body nests too deep", "the body nests quotes, lists, links or brackets too deeply for the Markdown renderer (more than {0} levels, near here)");
    // YAML mistakes named in plain words, at the place to fix (CF0018-CF0019).
    public static readonly DiagnosticDescriptor UnquotedColon = Error("CF0018", "Colon in an unquoted value", "the value of '{0}' contains ': ', which YAML reads as the start of another key; quote the value: {1}");
    public static readonly DiagnosticDescriptor UnclosedQuote = Error("CF0019", "Unclosed quote", "the {0} opened here is never closed; end the value with {0} on the same line (a quoted value continued on more lines must indent them)");

    // Front matter values
    public static readonly DiagnosticDescriptor RequiredKeyMissing = Error("CF0101", "Required key missing", "required key '{0}' is missing");
    public static readonly DiagnosticDescriptor WrongType = Error("CF0102", "Wrong type", "'{0}' must be {1}, not {2}");
    public static readonly DiagnosticDescriptor ImpossibleDate = Error("CF0103", "Impossible date", "{0} '{1}' is not a real date");
    public static readonly DiagnosticDescriptor ExpiryBeforeIssue = Error("CF0104", "Expiry before issue", "expiryDate {0} is before date {1}");
    public static readonly DiagnosticDescriptor AmbiguousDate = Error("CF0105", "Ambiguous date", "{0} '{1}' is ambiguous (day/month or month/day?); write it as ISO '{2}' or as '{3}'");
    public static readonly DiagnosticDescriptor UnrecognisedDate = Error("CF0106", "Unrecognised date", "{0} '{1}' is not a date; use dd.MM.yyyy (15.08.2024) or ISO yyyy-MM-dd (2024-08-15)");
    public static readonly DiagnosticDescriptor TitleTooLong = Error("CF0107", "Title too long", "title is {0:N0} characters long; the limit is {1}");
    public static readonly DiagnosticDescriptor EmptyValue = Error("CF0108", "Empty value", "'{0}' must not be empty");
    public static readonly DiagnosticDescriptor InvalidVerificationUrl = Error("CF0109", "Invalid verification URL", "verificationUrl '{0}' must be an absolute http or https URL");
    public static readonly DiagnosticDescriptor LogoOutsideAssets = Error("CF0110", "Logo outside the assets folder", "logo '{0}' points outside the assets folder ({1})");
    public static readonly DiagnosticDescriptor LogoNotFound = Warning("CF0111", "Logo not found", "logo '{0}' does not exist in the assets folder ({1}); the site shows a monogram instead");
    public static readonly DiagnosticDescriptor ImageNotFound = Warning("CF0112", "Image not found", "image '{0}' does not exist in the assets folder ({1})");
    public static readonly DiagnosticDescriptor DuplicateCredentialId = Error("CF0113", "Duplicate credentialId", "credentialId '{0}' is also used by {1}");
    public static readonly DiagnosticDescriptor DuplicateSkill = Warning("CF0114", "Duplicate skill", "skill '{0}' is listed twice");
    public static readonly DiagnosticDescriptor KnownAlias = Warning("CF0115", "Key looks like an alias", "'{0}' looks like the canonical key '{1}'; to use this file unchanged add to certfolio.yaml: fields: {{ {1}: {0} }}");
    public static readonly DiagnosticDescriptor DuplicateSlug = Error("CF0116", "Duplicate slug", "this file's page URL /certifications/{0}/ is also produced by {1}");
    public static readonly DiagnosticDescriptor InvalidLogo = Error("CF0117", "Invalid logo", "logo '{0}' must be a path inside the assets folder or an http(s) URL");
    public static readonly DiagnosticDescriptor ImageOutsideAssets = Error("CF0118", "Image outside the assets folder", "image '{0}' points outside the assets folder ({1})");
    public static readonly DiagnosticDescriptor MultiParagraphDescription = Warning("CF0119", "Description has several paragraphs", "description should be one paragraph; the site shows it as a single summary");
    // What a build may copy into the site (CF0120-CF0124): the role ('image', 'logo', 'owner.avatar') and the reference come first.
    public static readonly DiagnosticDescriptor AssetNotPublishable = Error("CF0120", "File not published", "{0} '{1}' is not published: {2}");
    public static readonly DiagnosticDescriptor AssetTypeNotPublishable = Error("CF0121", "File type not published", "{0} '{1}' is not published: '{2}' is not an image or PDF (" + Publishing.PublishableTypes.Listed + ")");
    public static readonly DiagnosticDescriptor AssetReplacesGeneratedFile = Error("CF0122", "File would replace a generated file", "{0} '{1}' ({2}) would replace '{3}', which the build generates");
    public static readonly DiagnosticDescriptor ActiveSvg = Error("CF0123", "SVG with active content", "{0} '{1}' is an SVG holding {2}, which runs when the file is opened on its own; remove it (Certfolio refuses such SVG files, it does not rewrite them)");
    public static readonly DiagnosticDescriptor UncheckableSvg = Error("CF0124", "SVG that cannot be checked", "{0} '{1}' is an SVG Certfolio cannot check: {2}");
    // Values that would break an output or a command (CF0125-CF0129).
    // Keys that look like typos of a key Certfolio reads (CF0130-CF0132).
    // Skills written in a way YAML reads differently from what was meant (CF0133-CF0134).
    public static readonly DiagnosticDescriptor SkillsAsText = Error("CF0133", "Skills written as text", "'{0}' must be a list, not a string; write it as {0}: {1}");
    public static readonly DiagnosticDescriptor SkillsMergedByIndentation = Warning("CF0134", "Skills merged by indentation", "'{0}' is one skill, '{1}', joined from several lines: a list item indented under the one before it continues that item; start each '- ' in the same column to list them separately");
    public static readonly DiagnosticDescriptor KeyInWrongCase = Error("CF0130", "Key in the wrong case", "'{0}' must be written '{1}': keys are case-sensitive, and as written it is not read");
    public static readonly DiagnosticDescriptor MisspeltRequiredKey = Error("CF0131", "Required key misspelt", "required key '{1}' is missing; did you mean '{1}' instead of '{0}'?");
    public static readonly DiagnosticDescriptor MisspeltKey = Warning("CF0132", "Key looks misspelt", "'{0}' is not a key Certfolio reads; did you mean '{1}'? As written it is passed to themes and '{1}' is not set");
    public static readonly DiagnosticDescriptor ControlCharacter = Error("CF0125", "Control character", "'{0}' contains the control character {1} (character {2} of the value); remove it");
    public static readonly DiagnosticDescriptor NonAsciiDigits = Error("CF0126", "Digits other than 0-9", "{0} '{1}' is written with digits other than 0-9; write it as '{2}'");
    public static readonly DiagnosticDescriptor DateInOtherLayout = Error("CF0127", "Date in another layout", "{0} '{1}' is not written dd.MM.yyyy or yyyy-MM-dd; write it as '{2}' (or ISO '{3}')");
    public static readonly DiagnosticDescriptor YearOutOfRange = Error("CF0128", "Year out of range", "{0} '{1}' is in the year {2}; dates must fall in the years {3} to {4}");
    public static readonly DiagnosticDescriptor UnsafeBodyLink = Warning("CF0129", "Unsafe link in the body", "link '{0}' uses a scheme the site does not publish (only http, https, mailto and relative links); the site would replace it with '#'");

    // Portfolio and configuration
    public static readonly DiagnosticDescriptor InvalidConfig = Error("CF0201", "Invalid configuration", "certfolio.yaml: {0}");
    public static readonly DiagnosticDescriptor ContentFolderMissing = Error("CF0202", "No content folder", "no certifications folder found (looked for {0}); {1}");
    public static readonly DiagnosticDescriptor PathOutsidePortfolio = Error("CF0203", "Path outside the portfolio", "'{0}' in certfolio.yaml points outside the portfolio folder");
    public static readonly DiagnosticDescriptor SymlinkOutside = Error("CF0204", "Symlink outside the portfolio", "this file is a symbolic link to '{0}', outside the portfolio; it was not read");
    public static readonly DiagnosticDescriptor NotRegularFile = Error("CF0205", "Not a regular file", "this file is {0}, not a regular file; it was not read");
    public static readonly DiagnosticDescriptor UnresolvableLink = Error("CF0206", "Symbolic link cannot be resolved", "this file is a symbolic link that loops or passes through more than {0} links; it was not read");
    public static readonly DiagnosticDescriptor FolderOutside = Error("CF0207", "Folder outside the portfolio", "the {0} folder '{1}' is a symbolic link to '{2}', outside the portfolio; nothing in it was read");

    // Renewal and training (see Renewal/ and Training/)
    public static readonly DiagnosticDescriptor ExpiryContradictsRule = Warning("CF0301", "Expiry contradicts the certifier's rule", "expiryDate gives {0} of validity, but {1} certifications are valid for {2} (rule '{3}', {4})");
    public static readonly DiagnosticDescriptor CreditsContradictRule = Warning("CF0302", "Credits the certifier does not take", "renewal asks for continuing-education credits, but {0} renews by {1} and accepts none (rule '{2}', {3})");
    public static readonly DiagnosticDescriptor InvalidRenewal = Error("CF0303", "Invalid renewal block", "renewal.{0}: {1}");
    public static readonly DiagnosticDescriptor InvalidTraining = Error("CF0304", "Invalid training record", "{0}");
    public static readonly DiagnosticDescriptor TrainingAppliesToNothing = Warning("CF0305", "Training applies to nothing", "appliesTo '{0}' matches no credentialId or skill in the portfolio");
    public static readonly DiagnosticDescriptor TrainingEvidenceNotFound = Warning("CF0306", "Training evidence not found", "evidence '{0}' does not exist in the portfolio");
    public static readonly DiagnosticDescriptor TeamFolderOutside = Error("CF0310", "Team folder outside the team", "this folder is a symbolic link to '{0}', outside the team folder; it was not read");

    // I/O
    public static readonly DiagnosticDescriptor Unreadable = Error("CF0901", "Unreadable file", "cannot read the file: {0}");
    public static readonly DiagnosticDescriptor RebuildFailed = Error("CF0920", "Rebuild failed", "the preview could not rebuild the site ({0}); it keeps serving the last good build and tries again on the next save");

    /// <summary>All descriptors, for documentation and tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(Descriptors)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();
}
