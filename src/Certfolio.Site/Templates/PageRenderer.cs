using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Certfolio.Site.Languages;
using Certfolio.Site.Pages;
using Fluid;
using Fluid.Values;

namespace Certfolio.Site.Templates;

/// <summary>Thrown inside the render stage when a theme template fails; turned into a diagnostic by the builder.</summary>
internal sealed class TemplateRenderException(string template, string message, Exception inner) : Exception(message, inner)
{
    public string Template => template;
}

/// <summary>
/// Renders a theme's templates: a template alone (a card) or a page template inside the layout. The page template
/// renders straight into the layout's output where <c>{{ content }}</c> stands, into a buffer each thread reuses,
/// so a page costs one pass and no intermediate strings however large it is.
/// </summary>
internal sealed class PageRenderer(Theme theme, SiteView site, Strings strings, DateTimeOffset now)
{
    [ThreadStatic] private static StringBuilder? t_buffer;
    [ThreadStatic] private static StringBuilder? t_fragmentBuffer;

    /// <summary>Renders one template to a string (cards, which are cached and reused).</summary>
    public string Render(string template, PageView? page, params (string Name, object? Value)[] values)
    {
        using var writer = new StringWriter(new StringBuilder(2048), CultureInfo.InvariantCulture);
        Render(template, writer, page, values);
        return writer.ToString();
    }

    /// <summary>
    /// Renders one template to UTF-8 bytes (a card, kept and spliced into every list page that shows it), through a
    /// buffer the thread reuses: no string of the fragment is made on the way.
    /// </summary>
    public byte[] RenderUtf8(string template, PageView? page, params (string Name, object? Value)[] values)
    {
        var buffer = t_fragmentBuffer ??= new StringBuilder(4096);
        buffer.Clear();
        using (var writer = new StringWriter(buffer, CultureInfo.InvariantCulture)) Render(template, writer, page, values);
        byte[]? bytes = null;
        Utf8(buffer, utf8 => bytes = utf8.ToArray());
        if (buffer.Capacity > 1024 * 1024) t_fragmentBuffer = null;
        return bytes!;
    }

    /// <summary>Renders <paramref name="template"/> inside the layout and hands the UTF-8 bytes to <paramref name="consume"/>.</summary>
    public void RenderPage(string template, PageView page, Action<ReadOnlySpan<byte>> consume, params (string Name, object? Value)[] values)
    {
        var buffer = t_buffer ??= new StringBuilder(64 * 1024);
        buffer.Clear();
        var splicer = new FragmentSplicer();
        using (var writer = new SplicingWriter(buffer, splicer))
        {
            var content = new NestedTemplateValue(this, template, page, values);
            Render("layout", writer, page, [("content", content)]);
        }
        if (splicer.IsEmpty) Utf8(buffer, consume);
        else splicer.Splice(buffer.ToString(), consume);
        if (buffer.Capacity > 4 * 1024 * 1024) t_buffer = null; // do not pin a huge page's buffer to the thread
    }

    /// <summary>Renders a page to a string (tests and small pages).</summary>
    public string RenderPage(string template, PageView page, params (string Name, object? Value)[] values)
    {
        string? html = null;
        RenderPage(template, page, bytes => html = Encoding.UTF8.GetString(bytes), values);
        return html!;
    }

    private void Render(string name, TextWriter writer, PageView? page, (string Name, object? Value)[] values)
    {
        if (!theme.Templates.TryGetValue(name, out var template))
            throw new TemplateRenderException(name, $"the theme has no template '{name}.liquid'", new KeyNotFoundException(name));
        var context = new TemplateContext(theme.Options) { Now = () => now };
        context.AmbientValues[TemplateSetup.BasePathKey] = site.BasePath;
        context.AmbientValues[TemplateSetup.StringsKey] = strings;
        if (site.BaseUrl is not null) context.AmbientValues[TemplateSetup.BaseUrlKey] = site.BaseUrl;
        context.SetValue("site", FluidValue.Create(site, theme.Options));
        if (page is not null) context.SetValue("page", FluidValue.Create(page, theme.Options));
        foreach (var (key, value) in values) context.SetValue(key, value as FluidValue ?? FluidValue.Create(value, theme.Options));
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

    internal static void Utf8(StringBuilder buffer, Action<ReadOnlySpan<byte>> consume)
    {
        // One pass into a pooled array sized for the worst case (3 bytes per UTF-16 unit): no string copy of the page
        // and no counting pass. (Counting chunk by chunk also came out short when a surrogate pair straddled two
        // chunks: Encoder.GetByteCount does not carry the high surrogate over.) The encoder does carry it while encoding.
        var encoder = Encoding.UTF8.GetEncoder();
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(buffer.Length));
        try
        {
            var written = 0;
            foreach (var chunk in buffer.GetChunks()) written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
            written += encoder.GetBytes(ReadOnlySpan<char>.Empty, bytes.AsSpan(written), flush: true);
            consume(bytes.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The page template, rendered where the layout prints <c>{{ content }}</c>.</summary>
    private sealed class NestedTemplateValue(PageRenderer renderer, string template, PageView page, (string Name, object? Value)[] values) : FluidValue
    {
        public override FluidValues Type => FluidValues.String;

        public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

        public override bool ToBooleanValue() => true;

        public override decimal ToNumberValue() => 0;

        public override string ToStringValue() => renderer.Render(template, page, values);

        public override object ToObjectValue() => ToStringValue();

        [Obsolete("Fluid prefers WriteToAsync; kept because the base class still declares it.")]
        public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => renderer.Render(template, writer, page, values);

        public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
        {
            renderer.Render(template, writer, page, values);
            return ValueTask.CompletedTask;
        }

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => template.GetHashCode(StringComparison.Ordinal);
    }
}
