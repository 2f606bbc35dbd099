using Certfolio.Core.Diagnostics;

namespace Certfolio.Site;

/// <summary>Diagnostics of the site build (CF04xx), beside Core's catalog of content diagnostics.</summary>
public static class SiteDescriptors
{
    public static readonly DiagnosticDescriptor NoBaseUrl = new("CF0401", Severity.Warning, "No baseUrl",
        "certfolio.yaml has no baseUrl: the site has no canonical URLs, no sitemap and no absolute sharing links");
    public static readonly DiagnosticDescriptor TemplateSyntax = new("CF0402", Severity.Error, "Template error",
        "template error: {0}");
    public static readonly DiagnosticDescriptor TemplateRender = new("CF0403", Severity.Error, "Template failed",
        "template '{0}' failed while rendering {1}: {2}");
    public static readonly DiagnosticDescriptor LanguageFileInvalid = new("CF0404", Severity.Error, "Invalid language file",
        "language file error: {0}");
}
