using System.Text.RegularExpressions;
using Certfolio.Core.Model;
using Certfolio.Site.Languages;
using Certfolio.Site.Pages;
using Certfolio.Site.Templates;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Languages;

/// <summary>
/// Every string the default theme prints is in every shipped language file, and every key of those files is printed:
/// the keys are read from the templates (<c>{{ "key" | t }}</c>), the page script (<c>t('key')</c>) and the build's code
/// (key literals in <c>src/Certfolio.Site</c>, the list kinds' keys and the status names).
/// </summary>
public sealed partial class LanguageKeyTests
{
    private static readonly string Theme = Path.Combine(TestPortfolio.RepositoryRoot, "src", "Certfolio.Site", "Themes", "Default");
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Shipped = ThemeLoader.DefaultLanguages();

    [GeneratedRegex("""\{\{\s*"([^"]+)"\s*\|\s*t\b""")]
    private static partial Regex TemplateKey();

    [GeneratedRegex("""(?<![\w.])"([a-z][A-Za-z]*\.[A-Za-z][\w.-]*)"(?!\w)""")]
    private static partial Regex CodeLiteral();

    // Text between tags, and the words of the attributes people read: what a template prints without the t filter.
    [GeneratedRegex(""">([^<>]*)<|\b(?:aria-label|title|placeholder|alt)="([^"]*)"|(?<=^|>)([^<>]+)$""")]
    private static partial Regex PrintedText();

    [Fact]
    public void English_and_German_are_shipped()
    {
        Assert.Equal(["de", "en"], Shipped.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Every_key_a_template_the_script_or_the_build_prints_is_in_every_shipped_language()
    {
        // Given the keys the default theme and the build use
        var used = UsedKeys();

        // Then each shipped file has each of them, whole or in both plural forms (a prefix: some key under it)
        var missing = new List<string>();
        foreach (var (language, text) in Shipped)
        {
            foreach (var key in used)
            {
                var has = key.EndsWith('.')
                    ? text.Keys.Any(k => k.StartsWith(key, StringComparison.Ordinal))
                    : text.ContainsKey(key) || (text.ContainsKey(key + ".one") && text.ContainsKey(key + ".other"));
                if (!has) missing.Add($"{language}.json: {key}");
            }
        }
        Assert.True(missing.Count == 0, "missing keys:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_key_of_a_shipped_language_file_is_printed_somewhere()
    {
        var used = UsedKeys();
        var unused = Shipped.SelectMany(l => l.Value.Keys.Select(k => (Language: l.Key, Key: k)))
            .Where(e => !ScriptStrings.Uses(used, e.Key))
            .Select(e => $"{e.Language}.json: {e.Key}")
            .ToArray();
        Assert.True(unused.Length == 0, "unused keys:\n" + string.Join('\n', unused));
    }

    [Fact]
    public void The_shipped_languages_have_the_same_keys_and_both_forms_of_a_plural()
    {
        static SortedSet<string> Bases(IReadOnlyDictionary<string, string> text) =>
            new(text.Keys.Select(k => { Strings.IsPluralForm(k, out var b); return b; }), StringComparer.Ordinal);

        var english = Bases(Shipped["en"]);
        foreach (var (language, text) in Shipped)
        {
            Assert.Equal(english, Bases(text));
            foreach (var key in text.Keys.Where(k => Strings.IsPluralForm(k, out _)))
            {
                Strings.IsPluralForm(key, out var baseKey);
                Assert.True(text.ContainsKey(baseKey + ".one") && text.ContainsKey(baseKey + ".other"), $"{language}.json: {baseKey} needs .one and .other");
                Assert.False(text.ContainsKey(baseKey), $"{language}.json: {baseKey} is given both whole and in plural forms");
            }
        }
    }

    [Fact]
    public void The_shipped_language_files_name_12_months_and_7_days()
    {
        foreach (var (language, text) in Shipped)
        {
            Assert.Equal(12, text["date.months"].Split(',').Length);
            Assert.Equal(12, text["date.monthsShort"].Split(',').Length);
            Assert.Equal(7, text["date.days"].Split(',').Length);
            Assert.Equal(7, text["date.daysShort"].Split(',').Length);
        }
    }

    [Fact]
    public void No_template_prints_words_of_its_own()
    {
        // Given every template of the default theme, with its Liquid tags and outputs taken out
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Theme, "templates"), "*.liquid"))
        {
            var text = Regex.Replace(File.ReadAllText(file), @"\{%.*?%\}|\{\{.*?\}\}", " ", RegexOptions.Singleline);
            foreach (Match match in PrintedText().Matches(text))
            {
                var printed = (match.Groups[1].Success ? match.Groups[1] : match.Groups[2].Success ? match.Groups[2] : match.Groups[3]).Value.Trim();
                // A command is not translated; "↗" and "·" are signs, not words.
                if (printed.Length == 0 || printed.StartsWith("certfolio ", StringComparison.Ordinal) || !printed.Any(char.IsLetter)) continue;
                found.Add($"{Path.GetFileName(file)}: '{printed}'");
            }
        }

        // Then none prints a word that is not from the language file
        Assert.True(found.Count == 0, "words printed without | t:\n" + string.Join('\n', found));
    }

    private static IReadOnlyList<string> UsedKeys()
    {
        var prefixes = Shipped["en"].Keys.Select(k => k[..k.IndexOf('.')]).ToHashSet(StringComparer.Ordinal);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Theme, "templates"), "*.liquid"))
        {
            foreach (Match m in TemplateKey().Matches(File.ReadAllText(file))) keys.Add(m.Groups[1].Value);
        }
        foreach (var key in ScriptStrings.Keys(File.ReadAllText(Path.Combine(Theme, "assets", "site.js")))) keys.Add(key);
        var source = Path.Combine(TestPortfolio.RepositoryRoot, "src", "Certfolio.Site");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            foreach (Match m in CodeLiteral().Matches(File.ReadAllText(file)))
            {
                var literal = m.Groups[1].Value;
                if (prefixes.Contains(literal[..literal.IndexOf('.')])) keys.Add(literal);
            }
        }
        foreach (var kind in ListKinds.All) keys.UnionWith(kind.Keys);
        foreach (var status in Enum.GetValues<CredentialStatus>()) keys.Add("status." + status.ToSlug());
        return keys.ToArray();
    }
}
