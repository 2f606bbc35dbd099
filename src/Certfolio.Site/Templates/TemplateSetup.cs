using System.Globalization;
using Certfolio.Site.Languages;
using Certfolio.Site.Markdown;
using Certfolio.Site.Pages;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace Certfolio.Site.Templates;

/// <summary>The Fluid options of a theme: member access for the view model, value converters and the filters.</summary>
internal static class TemplateSetup
{
    public const string BasePathKey = "certfolio.basePath";
    public const string BaseUrlKey = "certfolio.baseUrl";
    public const string StringsKey = "certfolio.strings";

    public static TemplateOptions CreateOptions(IFileProvider fileProvider)
    {
        var options = new TemplateOptions
        {
            FileProvider = fileProvider,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.CamelCase },
        };
        ViewTypes.RegisterAll(options.MemberAccessStrategy);

        options.ValueConverters.Add(value => value switch
        {
            TrustedHtml html => new StringValue(html.Html, encode: false),
            TrustedFragments fragments => new FragmentsValue(fragments),
            RenderedBody body => new BodyValue(body),
            _ => null,
        });

        // The one filter for URLs in attributes: anything but http, https, mailto, relative and fragments becomes '#'.
        options.Filters.AddFilter("url", (input, _, _) => new StringValue(UrlPolicy.Clean(input.ToStringValue())));
        options.Filters.AddFilter("unbroken_codes", (input, _, _) => new StringValue(UnbrokenCodes.Html(input.ToStringValue()), encode: false));
        options.Filters.AddFilter("relative_url", (input, _, context) =>
        {
            var basePath = context.AmbientValues.TryGetValue(BasePathKey, out var value) ? (string)value : "/";
            return new StringValue(UrlPolicy.Clean(basePath + input.ToStringValue().TrimStart('/')));
        });
        options.Filters.AddFilter("absolute_url", (input, _, context) =>
        {
            if (!context.AmbientValues.TryGetValue(BaseUrlKey, out var value) || value is not string baseUrl) return StringValue.Empty;
            return new StringValue(UrlPolicy.Clean(baseUrl + input.ToStringValue().TrimStart('/')));
        });
        // Interface strings of the build's language: {{ "home.search" | t }}, {{ "counts.skills" | t: count: n }}. A number
        // given to a placeholder is written as the language writes numbers (17,5 in German); text is put in as it is.
        options.Filters.AddFilter("t", (input, arguments, context) =>
        {
            var strings = StringsOf(context);
            var key = input.ToStringValue();
            var names = arguments.Names.Where(n => n != "count").ToArray();
            var values = new (string Name, string Value)[names.Length];
            for (var i = 0; i < names.Length; i++) values[i] = (names[i], Text(arguments[names[i]], strings));
            return new StringValue(arguments.HasNamed("count")
                ? strings.Count(key, (long)arguments["count"].ToNumberValue(), values)
                : strings.Format(key, values));
        });
        // A number as the build's language writes it, for text people read: {{ home.counts.current | number }} is 1,234 or
        // 1.234. Attributes that a browser reads (progress max and value) print the number as it is: 17.5.
        options.Filters.AddFilter("number", (input, _, context) =>
            input is NumberValue ? new StringValue(StringsOf(context).Number(input.ToNumberValue())) : input);
        return options;
    }

    private static Strings StringsOf(TemplateContext context) =>
        context.AmbientValues.TryGetValue(StringsKey, out var value) ? (Strings)value : Strings.English;

    private static string Text(FluidValue value, Strings strings) =>
        value is NumberValue ? strings.Number(value.ToNumberValue()) : value.ToStringValue();
}
