using System.Text;
using Certfolio.Core.Binding;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Certfolio.Core.Tests.Properties;

/// <summary>
/// Whatever bytes a file holds, checking it never throws and always ends in a diagnostic or a valid
/// credential: the checker has no input on which it crashes or silently says nothing.
/// </summary>
public sealed class NeverCrashProperties
{
    [Property(MaxTest = 500, Arbitrary = [typeof(Inputs)])]
    public bool Random_bytes_yield_a_diagnostic_or_a_valid_credential(byte[] bytes) => Holds(bytes);

    [Property(MaxTest = 500, Arbitrary = [typeof(Inputs)])]
    public bool Random_bytes_after_a_front_matter_fence_yield_a_diagnostic_or_a_valid_credential(FencedBytes input) => Holds(input.Bytes);

    [Property(MaxTest = 1000, Arbitrary = [typeof(Inputs)])]
    public bool Random_yaml_yields_a_diagnostic_or_a_valid_credential(YamlishText input) => Holds(Encoding.UTF8.GetBytes(input.Text));

    [Property(MaxTest = 500, Arbitrary = [typeof(Inputs)])]
    public bool Random_toml_yields_a_diagnostic_or_a_valid_credential(TomlishText input) => Holds(Encoding.UTF8.GetBytes(input.Text));

    private static readonly ValidationContext Context = MakeContext();

    private static bool Holds(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var document = DocumentParser.Parse("/nonexistent/certifications/x.md", "certifications/x.md", bytes, DocumentLimits.Default, diagnostics);
        Credential? credential = document is null ? null : new CredentialBinder(FieldMap.Default).Bind(document, diagnostics);
        if (credential is not null)
        {
            Rules.Validate(credential, document!, Context, diagnostics);
        }
        var positioned = diagnostics.Items.All(d => d.Location.Line >= 1 && d.Location.Column >= 1);
        var valid = credential is { IsComplete: true } && !diagnostics.HasErrors;
        return positioned && (diagnostics.Items.Count > 0 || valid);
    }

    private static ValidationContext MakeContext()
    {
        var root = Path.Combine(Path.GetTempPath(), "certfolio-property-portfolio-that-does-not-exist");
        var layout = new PortfolioLayout(root, Path.Combine(root, "certifications"), Path.Combine(root, "public"), Path.Combine(root, "training"), null, Path.Combine(root, "theme"));
        return new ValidationContext(layout, PortfolioConfig.Default, new AssetResolver(layout.AssetsDirectory, root, PhysicalFileSystem.Instance));
    }
}

public sealed record FencedBytes(byte[] Bytes)
{
    public override string ToString() => Convert.ToHexString(Bytes);
}

public sealed record YamlishText(string Text)
{
    public override string ToString() => Text.ReplaceLineEndings("⏎");
}

public sealed record TomlishText(string Text)
{
    public override string ToString() => Text.ReplaceLineEndings("⏎");
}

/// <summary>Generators of hostile input built from the tokens that matter to each reader.</summary>
public static class Inputs
{
    private static readonly string[] YamlTokens =
    [
        "\n", "\n", "\n", " ", "  ", "\t", "- ", ": ", ":", "? ", ",", "[", "]", "{", "}", "\"", "'", "|", ">", "#", "&a ", "*a", "&b ", "*b",
        "<<: *a", "!!str ", "!!int ", "!!binary ", "!foo ", "%YAML 1.2\n", "---\n", "...\n", "\r\n", "\\", "\\u00e9", "é", "😀", "\u0085",
        "title", "date", "provider", "description", "credentialId", "expiryDate", "verificationUrl", "skills", "level", "logo", "renewal", "renew",
        "issuer", "issueDate", "cycleYears", "Certified", "AWS", "15.08.2024", "31.02.2024", "2024-08-15", "2024-08-15T10:00:00Z", "03/04/2024",
        "null", "~", "true", "no", "42", "-1", "1e400", "0x1F", ".inf", ".nan", "https://example.org/x", "javascript:alert(1)", "/logos/x.png",
        "../../etc/passwd", "file:///etc/passwd", "C:\\x", "\\\\server\\x", "professional",
    ];

    private static readonly string[] TomlTokens =
    [
        "\n", "\n", "\n", " ", " = ", "=", "[", "]", "[[", "]]", "{", "}", ",", ".", "\"", "'", "\"\"\"", "'''", "#", "\\", "\r\n", "é",
        "title", "date", "provider", "skills", "expiryDate", "renewal", "a", "a.b", "\"quoted\"", "\"Certified\"", "\"15.08.2024\"", "2024-08-15",
        "2024-02-31", "1979-05-27T07:32:00Z", "07:32:00", "42", "1_000", "0x1F", "inf", "nan", "true", "false", "1.5", "\"https://example.org\"",
    ];

    private static readonly string Complete = "title: \"Certified\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n";

    public static Arbitrary<byte[]> Bytes() =>
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).ToArbitrary();

    public static Arbitrary<FencedBytes> Fenced() =>
        Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(32, 126)), (1, Gen.Choose(0, 255))).Select(b => (byte)b))
            .Select(body => new FencedBytes([.. "---\n"u8, .. body, .. "\n---\n"u8]))
            .ToArbitrary();

    public static Arbitrary<YamlishText> Yaml() =>
        (from prefix in Gen.Elements("---\n", "---\n", "---\n" + Complete, "", "\uFEFF---\n")
         from tokens in Gen.ListOf(Gen.Elements(YamlTokens))
         from close in Gen.Elements("\n---\n", "\n---\nBody ![x](/a.png)\n", "\n...\n", "")
         select new YamlishText(prefix + string.Concat(tokens) + close)).ToArbitrary();

    public static Arbitrary<TomlishText> Toml() =>
        (from prefix in Gen.Elements("+++\n", "+++\ntitle = \"T\"\ndate = 2024-08-15\nprovider = \"P\"\n")
         from tokens in Gen.ListOf(Gen.Elements(TomlTokens))
         from close in Gen.Elements("\n+++\n", "")
         select new TomlishText(prefix + string.Concat(tokens) + close)).ToArbitrary();
}
