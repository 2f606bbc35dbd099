namespace Certfolio.Core.Diagnostics;

/// <summary>
/// Every diagnostic Certfolio reports. Ids are stable: CF00xx reading a file, CF01xx front matter values,
/// CF02xx the portfolio and its configuration, CF03xx renewal and training, CF07xx import, CF08xx export, CF09xx I/O.
/// docs/format.md lists each with an example; a test keeps the two in sync.
/// </summary>
public static class Descriptors
{
    private static DiagnosticDescriptor Error(string id, string title, string format) => new(id, Severity.Error, title, format);
    private static DiagnosticDescriptor Warning(string id, string title, string format) => new(id, Severity.Warning, title, format);
    private static DiagnosticDescriptor Info(string id, string title, string format) => new(id, Severity.Info, title, format);

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
    // The public: switches of certfolio.yaml (CF0220-CF0221): what visitors see besides the credentials and their validity.
    public static readonly DiagnosticDescriptor UnknownPublicSwitch = Warning("CF0220", "Unknown public switch", "public: '{0}' is not a switch, so it publishes nothing; {1}");
    public static readonly DiagnosticDescriptor InvalidPublicSwitch = Error("CF0221", "Public switch not true or false", "{0} must be {1}; got {2}");
    // The language of the site's interface (CF0222): one language file per language, in the theme.
    public static readonly DiagnosticDescriptor UnknownLanguage = Warning("CF0222", "Unknown language", "language '{0}' has no language file (the theme has {1}; add theme/languages/{0}.json to translate the site); the site's interface is in English");

    // Renewal and training (see Renewal/ and Training/)
    public static readonly DiagnosticDescriptor ExpiryContradictsRule = Warning("CF0301", "Expiry contradicts the certifier's rule", "expiryDate gives {0} of validity, but {1} certifications are valid for {2} (rule '{3}', {4})");
    public static readonly DiagnosticDescriptor CreditsContradictRule = Warning("CF0302", "Credits the certifier does not take", "renewal asks for continuing-education credits, but {0} renews by {1} and accepts none (rule '{2}', {3})");
    public static readonly DiagnosticDescriptor InvalidRenewal = Error("CF0303", "Invalid renewal block", "renewal.{0}: {1}");
    public static readonly DiagnosticDescriptor InvalidTraining = Error("CF0304", "Invalid training record", "{0}");
    public static readonly DiagnosticDescriptor TrainingAppliesToNothing = Warning("CF0305", "Training applies to nothing", "appliesTo '{0}' matches no credentialId or skill in the portfolio");
    public static readonly DiagnosticDescriptor TrainingEvidenceNotFound = Warning("CF0306", "Training evidence not found", "evidence '{0}' does not exist in the portfolio");
    public static readonly DiagnosticDescriptor ProviderUnknownForTitle = Info("CF0307", "Title of a known certifier under another provider", "'{0}' looks like {1} credential, but provider '{2}' is none of the names of rule '{3}' ({4}); no built-in renewal rule applies. Write one of those names as the provider, or add it under policies: in certfolio.yaml");
    public static readonly DiagnosticDescriptor TeamFolderOutside = Error("CF0310", "Team folder outside the team", "this folder is a symbolic link to '{0}', outside the team folder; it was not read");

    // Import (CF07xx), located in the input file. {0} says where in the format's own terms, as a reader looks for it:
    // a JSON path ($.data[3].issuer), a CSV row (row 4) or an item of a page (item[2].title).
    public static readonly DiagnosticDescriptor FormatNotRecognised = Error("CF0700", "Format not recognised", "the file does not look like a format import reads; name it with --from ({0}); nothing was read from it");
    public static readonly DiagnosticDescriptor ImportFileTooLarge = Error("CF0701", "Import file too large", "the file is {0:N0} bytes, over the import limit of {1:N0} bytes; nothing was read from it");
    public static readonly DiagnosticDescriptor ImportFileNotUtf8 = Error("CF0702", "Import file not UTF-8", "the file is not UTF-8 text; nothing was read from it");
    public static readonly DiagnosticDescriptor InvalidJson = Error("CF0703", "Invalid JSON", "not valid JSON: {0}; nothing is imported from this file");
    public static readonly DiagnosticDescriptor InvalidCsv = Error("CF0704", "Invalid CSV", "{0}: not valid CSV: {1}; nothing is imported from this file");
    public static readonly DiagnosticDescriptor WrongInputShape = Error("CF0705", "Not the format named", "{0}: expected {1}, not {2}; nothing is imported from this file");
    public static readonly DiagnosticDescriptor NothingToImport = Error("CF0706", "Nothing to import", "{0}: the file has no {1}; nothing to import");
    public static readonly DiagnosticDescriptor InputOfAnotherFormat = Error("CF0709", "Another format than named", "this looks like {0}, not {1}; use --from {2}; nothing was read from it");
    public static readonly DiagnosticDescriptor AwardsNotImported = Warning("CF0708", "Awards not imported", "{0}: {1} award(s) found and not imported; --include-awards imports each as a credential (awarder as provider)");
    public static readonly DiagnosticDescriptor TooManyRecords = Error("CF0707", "Too many records", "{0}: more than {1:N0} {2}; nothing is imported from this file");
    // One record that cannot become a credential (CF0710-CF0713): it is skipped, the others still import.
    public static readonly DiagnosticDescriptor RecordOfWrongKind = Error("CF0710", "Record of the wrong kind", "{0}: expected {1}, not {2}; skipped");
    public static readonly DiagnosticDescriptor RecordWithoutTitle = Error("CF0711", "Record without a title", "{0}: '{1}' is missing or empty, and a credential needs a title; skipped");
    public static readonly DiagnosticDescriptor RecordWithoutProvider = Error("CF0712", "Record without a provider", "{0}: '{1}' has no {2}, and a credential needs a provider; skipped");
    public static readonly DiagnosticDescriptor RecordWithoutIssueDate = Error("CF0713", "Record without an issue date", "{0}: '{1}' has no readable {2}, and a credential needs an issue date; skipped");
    // A record imported with less, or with a guess, than its source holds (CF0714-CF0720).
    public static readonly DiagnosticDescriptor ExpiryNotRead = Warning("CF0714", "Expiry date not read", "{0}: '{1}' is not a date; imported without an expiry");
    public static readonly DiagnosticDescriptor LinkLeftOut = Warning("CF0715", "Link left out", "{0}: '{1}' is not an absolute http(s) URL; imported without {2}");
    public static readonly DiagnosticDescriptor ProviderFromUrl = Warning("CF0716", "Provider taken from a URL", "{0}: the issuer has no name, only '{1}', and nothing is fetched; its host '{2}' is the provider (edit it)");
    public static readonly DiagnosticDescriptor BadgeClassNotGiven = Error("CF0717", "BadgeClass not given", "{0}: the badge is only named by its BadgeClass '{1}', which is not among the files of this import, and nothing is fetched; skipped (import the BadgeClass JSON with it)");
    public static readonly DiagnosticDescriptor RevokedBadge = Warning("CF0718", "Revoked badge", "{0}: '{1}' is revoked; imported all the same");
    public static readonly DiagnosticDescriptor TextRepaired = Warning("CF0719", "Mis-encoded text repaired", "{0}: repaired mis-encoded text: '{1}' -> '{2}'");
    public static readonly DiagnosticDescriptor RecordWithDuplicateKey = Error("CF0722", "Record with a duplicate key", "{0}: {1}, so which value is meant is unclear; skipped, the other records still import");
    public static readonly DiagnosticDescriptor SchemeAdded = Warning("CF0721", "Link without a scheme", "{0}: '{1}' has no scheme; imported as '{2}'");
    public static readonly DiagnosticDescriptor PagesMissing = Warning("CF0720", "Pages of the export missing", "{0}: the export has {1} pages but page(s) {2} were not given; their badges are not imported");
    // What the import decided about a record, at the record (CF0730-CF0734).
    public static readonly DiagnosticDescriptor SameCredentialTwice = Warning("CF0730", "Same credential twice", "{0}: the same credential as {1} (same issuer, title and {2}); merged, imported once");
    public static readonly DiagnosticDescriptor RecordFailsCheck = Error("CF0731", "Record would fail check", "{0}: the document it would make fails check with {1}: {2}; skipped");
    public static readonly DiagnosticDescriptor DocumentAlreadyUpdated = Warning("CF0732", "Document already updated", "{0}: {1} was already updated by an earlier record of this import; skipped");
    public static readonly DiagnosticDescriptor ValueNotRewritable = Error("CF0733", "Value cannot be rewritten", "{0}: {1}: {2}; change it by hand");
    public static readonly DiagnosticDescriptor DocumentNotWritten = Error("CF0734", "Document not written", "{0}: {1}");
    public static readonly DiagnosticDescriptor ConflictingDocument = Error("CF0735", "Conflicts with a document", "{0}: conflicts with {1}: {2}, but {3}; {1} was left as it was and nothing was created");

    // Export (CF08xx): what a format cannot hold, at the portfolio file it comes from.
    public static readonly DiagnosticDescriptor FieldNotExported = Warning("CF0801", "Field not exported", "{0} cannot hold '{1}': left out for {2}");
    public static readonly DiagnosticDescriptor AnonymousBadgeSubject = Warning("CF0802", "Anonymous badge subject", "certfolio.yaml has neither baseUrl nor owner.name: every credential's subject is one anonymous urn:uuid");
    public static readonly DiagnosticDescriptor PersonWithoutName = Warning("CF0803", "Person without a name", "certfolio.yaml has no owner.name: the Person has no name");
    public static readonly DiagnosticDescriptor DateWidenedToDay = Warning("CF0804", "Date written to the day", "the date is known only to the {0}; {1} needs a day, so the first day is written");
    public static readonly DiagnosticDescriptor InvalidMergeTarget = Error("CF0805", "Resume to merge into is not valid", "the resume to merge into is not valid: {0}; nothing was written");

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
