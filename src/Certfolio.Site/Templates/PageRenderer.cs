using Certfolio.Site.Pages;
using Fluid;
using Fluid.Values;

namespace Certfolio.Site.Templates;

/// <summary>Thrown inside the render stage when a theme template fails; turned into a diagnostic by the builder.</summary>
internal sealed class TemplateRenderException(string template, string message, Exception inner) : Exception(message, inner)
{
    public string Template => template;
}

/// <summary>Renders a theme's templates: a template alone (a card) or a page template wrapped in the layout.</summary>
internal sealed class PageRenderer(Theme theme, SiteView site, DateTimeOffset now)
{
    public string Render(string template, PageView? page, params (string Name, object? Value)[] values)
    {
        using var writer = new StringWriter(new System.Text.StringBuilder(4096), System.Globalization.CultureInfo.InvariantCulture);
        Render(template, writer, page, values);
        return writer.ToString();
    }

    /// <summary>Renders <paramref name="template"/> and then the layout around it.</summary>
    public string RenderPage(string template, PageView page, params (string Name, object? Value)[] values)
    {
        var content = Render(template, page, values);
        return Render("layout", page, ("content", new TrustedHtml(content)));
    }

    private void Render(string name, TextWriter writer, PageView? page, (string Name, object? Value)[] values)
    {
        if (!theme.Templates.TryGetValue(name, out var template))
            throw new TemplateRenderException(name, $"the theme has no template '{name}.liquid'", new KeyNotFoundException(name));
        var context = new TemplateContext(theme.Options) { Now = () => now };
        context.AmbientValues[TemplateSetup.BasePathKey] = site.BasePath;
        if (site.BaseUrl is not null) context.AmbientValues[TemplateSetup.BaseUrlKey] = site.BaseUrl;
        context.SetValue("site", FluidValue.Create(site, theme.Options));
        if (page is not null) context.SetValue("page", FluidValue.Create(page, theme.Options));
        foreach (var (key, value) in values) context.SetValue(key, FluidValue.Create(value, theme.Options));
        try
        {
            // Every value Certfolio passes is in memory, so rendering completes synchronously in practice.
            var pending = template.RenderAsync(writer, HtmlText.Encoder, context);
            if (!pending.IsCompletedSuccessfully) pending.AsTask().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not TemplateRenderException)
        {
            throw new TemplateRenderException(name, e.Message, e);
        }
    }
}
