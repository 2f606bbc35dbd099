using Certfolio.Core.Diagnostics;
using Certfolio.Site.Languages;
using Fluid;

namespace Certfolio.Site.Templates;

/// <summary>
/// A theme ready to render: its parsed templates, the Fluid options they share, and its static assets. Built
/// once per theme (the default one once per process) by <see cref="ThemeLoader"/>.
/// </summary>
public sealed class Theme
{
    /// <summary>The templates every theme has (an override folder may replace any of them).</summary>
    public static readonly IReadOnlyList<string> PageTemplates = ["layout", "home", "credential", "card", "term", "terms", "404"];

    internal Theme(string signature, TemplateOptions options, IReadOnlyDictionary<string, IFluidTemplate> templates,
        IReadOnlyDictionary<string, byte[]> assets, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> languages,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        Languages = languages;
        Signature = signature;
        Options = options;
        Templates = templates;
        Assets = assets;
        Diagnostics = diagnostics;
    }

    /// <summary>Identifies the theme's files (names, sizes, times), so a cache knows when to reload.</summary>
    public string Signature { get; }
    internal TemplateOptions Options { get; }
    internal IReadOnlyDictionary<string, IFluidTemplate> Templates { get; }
    /// <summary>Static files by name below <c>assets/</c> (<c>site.css</c>, <c>site.js</c>, <c>favicon.svg</c>, …).</summary>
    public IReadOnlyDictionary<string, byte[]> Assets { get; }
    /// <summary>The theme's language files by name (<c>en</c>, <c>de</c>), each the default theme's laid under the portfolio's.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Languages { get; }
    /// <summary>The strings for certfolio.yaml's <c>language:</c>; <paramref name="known"/> is false when they are English instead.</summary>
    public Strings StringsFor(string language, out bool known) => LanguageFiles.Resolve(Languages, language, out known);
    /// <summary>Template syntax errors in an override folder; a theme with errors cannot build.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
