using System.Text.Json;

namespace Certfolio.Site.Languages;

/// <summary>
/// The language files of a theme (<c>languages/LANG.json</c>: one JSON object of keys to strings), and how
/// <c>language:</c> in certfolio.yaml picks one: the tag itself (<c>de-CH</c>), else its first subtag (<c>de</c>), else
/// English. The strings of a file are laid over those of its parent language and over English, so a file that only
/// changes a few words (<c>theme/languages/de-CH.json</c>) is still a whole language.
/// </summary>
public static class LanguageFiles
{
    /// <summary>The folder of a theme that holds its language files.</summary>
    public const string Folder = "languages/";
    public const string Extension = ".json";
    public const string Fallback = "en";

    private static readonly Lazy<Strings> s_english = new(() =>
    {
        var theme = Templates.ThemeLoader.DefaultLanguages();
        return Resolve(theme, Fallback, out _);
    });

    /// <summary>English as the default theme ships it.</summary>
    public static Strings English => s_english.Value;

    /// <summary>Reads one language file; null with <paramref name="error"/> set when it is not a JSON object of strings.</summary>
    public static Dictionary<string, string>? Parse(ReadOnlySpan<byte> json, out string? error)
    {
        error = null;
        try
        {
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "a language file must be one JSON object of keys to strings";
                return null;
            }
            var text = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    error = $"the value of '{property.Name}' must be a string";
                    return null;
                }
                text[property.Name] = property.Value.GetString()!;
            }
            return text;
        }
        catch (JsonException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>
    /// The strings for <paramref name="tag"/> from <paramref name="files"/> (by language name, ignoring case);
    /// <paramref name="known"/> is false when neither the tag nor its first subtag has a file, and the strings are English.
    /// </summary>
    public static Strings Resolve(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> files, string tag, out bool known)
    {
        var chain = new List<string>(3);
        var primary = tag.Split('-')[0];
        if (Find(files, tag) is { } exact) chain.Add(exact);
        if (!string.Equals(primary, tag, StringComparison.OrdinalIgnoreCase) && Find(files, primary) is { } parent) chain.Add(parent);
        known = chain.Count > 0;
        if (!chain.Contains(Fallback, StringComparer.OrdinalIgnoreCase)) chain.Add(Fallback);
        var text = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (!files.TryGetValue(chain[i], out var strings)) continue;
            // A key given in one form here replaces every form below it: English "KEY" must not outvote German "KEY.one".
            foreach (var key in strings.Keys)
            {
                Strings.IsPluralForm(key, out var baseKey);
                text.Remove(baseKey);
                text.Remove(baseKey + ".one");
                text.Remove(baseKey + ".other");
            }
            foreach (var (key, value) in strings) text[key] = value;
        }
        return new Strings(known ? chain[0] : Fallback, text);
    }

    private static string? Find(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> files, string name) =>
        files.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
}
