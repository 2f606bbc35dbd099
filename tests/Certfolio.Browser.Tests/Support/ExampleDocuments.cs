using System.Text.RegularExpressions;

namespace Certfolio.Browser.Tests.Support;

/// <summary>Front matter values read straight from examples/portfolio, so assertions follow the example as it changes.</summary>
public static partial class ExampleDocuments
{
    public static IReadOnlyList<(string Slug, string Title, string? VerificationUrl)> All { get; } = Read();

    private static IReadOnlyList<(string, string, string?)> Read() =>
        Directory.EnumerateFiles(Path.Combine(Repository.ExamplePortfolio, "certifications"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                var text = File.ReadAllText(file);
                var title = Field().Match(text.Replace("\r", "")) is var m && m.Success ? m.Groups[1].Value : Path.GetFileNameWithoutExtension(file);
                var verify = Regex.Match(text, "^verificationUrl: \"(.*)\"$", RegexOptions.Multiline);
                return (Path.GetFileNameWithoutExtension(file), title, verify.Success ? verify.Groups[1].Value : null);
            })
            .ToArray();

    [GeneratedRegex("^title: \"(.*)\"$", RegexOptions.Multiline)]
    private static partial Regex Field();
}
