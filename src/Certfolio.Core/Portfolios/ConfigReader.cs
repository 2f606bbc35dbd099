using System.Globalization;
using Certfolio.Core.Binding;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Text;

namespace Certfolio.Core.Portfolios;

/// <summary>Reads <c>certfolio.yaml</c> with the same positioned reader as front matter.</summary>
public static class ConfigReader
{
    public const string FileName = "certfolio.yaml";

    public static PortfolioConfig Read(string text, DiagnosticBag diagnostics)
    {
        var block = new FrontMatterBlock(FrontMatterFormat.Yaml, text.TrimStart('\uFEFF'), 1, text.Length, 1);
        var root = YamlFrontMatterReader.Read(block, FileName, DocumentLimits.Default, diagnostics);
        if (root is FrontMatterScalar { IsNull: true }) return PortfolioConfig.Default;
        if (root is not FrontMatterMapping map)
        {
            if (root is not null) diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, root.Span), $"the file must be a mapping of settings; got {ReceivedValue.Of(root)}");
            return PortfolioConfig.Default;
        }

        var reader = new MappingReader(map, diagnostics);
        var config = new PortfolioConfig
        {
            Title = reader.String("title") ?? PortfolioConfig.Default.Title,
            Language = ReadLanguage(reader, map, diagnostics),
            Owner = ReadOwner(map.Find("owner")?.Value, diagnostics),
            BaseUrl = ReadBaseUrl(reader, map, diagnostics),
            Content = reader.String("content"),
            Assets = reader.String("assets"),
            Training = reader.String("training"),
            DateFormat = ReadDateFormat(reader, map, diagnostics),
            Accent = reader.String("accent"),
            ExpiringDays = reader.Int("expiringDays") ?? 90,
            PageSize = ReadPageSize(map, diagnostics),
            UnsafeHtml = reader.Bool("unsafeHtml") ?? false,
            Public = PublicSwitchesReader.Read(map.Find("public")?.Value, diagnostics),
            Fields = ReadFields(map.Find("fields")?.Value, diagnostics),
            Limits = ReadLimits(map.Find("limits")?.Value, diagnostics),
            Policies = map.Find("policies")?.Value as FrontMatterMapping,
            Values = map.Entries.ToDictionary(e => e.Key, e => PlainValue.From(e.Value), StringComparer.Ordinal),
            ValueSpans = map.Entries.DistinctBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Value.Span, StringComparer.Ordinal),
        };
        return config;
    }

    private static string? ReadBaseUrl(MappingReader reader, FrontMatterMapping map, DiagnosticBag diagnostics)
    {
        var value = reader.String("baseUrl");
        if (value is null) return null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, map.Find("baseUrl")!.Value.Span), $"baseUrl '{value}' must be an absolute http(s) URL");
            return null;
        }
        return value.EndsWith('/') ? value : value + "/";
    }

    /// <summary>The largest <c>pageSize:</c>: a page of cards beyond this would defeat the paging it sets.</summary>
    public const int MaxPageSize = 1000;

    private static int ReadPageSize(FrontMatterMapping map, DiagnosticBag diagnostics)
    {
        if (map.Find("pageSize")?.Value is not { } node) return PortfolioConfig.DefaultPageSize;
        if (node is FrontMatterScalar { ResolvedKind: ScalarKind.Integer } number
            && int.TryParse(number.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MaxPageSize)
            return size;
        diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, node.Span),
            $"pageSize must be a whole number from 1 to {MaxPageSize.ToString("N0", CultureInfo.InvariantCulture)}; got {ReceivedValue.Of(node)}");
        return PortfolioConfig.DefaultPageSize;
    }

    private static string ReadLanguage(MappingReader reader, FrontMatterMapping map, DiagnosticBag diagnostics)
    {
        var value = reader.String("language");
        if (value is null) return PortfolioConfig.Default.Language;
        // A BCP 47 tag's shape (letters, then letter-or-digit subtags): it lands in an HTML attribute of every page.
        if (System.Text.RegularExpressions.Regex.IsMatch(value, "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")) return value;
        diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, map.Find("language")!.Value.Span), $"language must be a language tag such as en or de-CH; got {ReceivedValue.Of(map.Find("language")!.Value)}");
        return PortfolioConfig.Default.Language;
    }

    private static string ReadDateFormat(MappingReader reader, FrontMatterMapping map, DiagnosticBag diagnostics)
    {
        var value = reader.String("dateFormat");
        if (value is null) return PortfolioConfig.Default.DateFormat;
        try
        {
            _ = new DateOnly(2024, 8, 15).ToString(value, CultureInfo.InvariantCulture);
            return value;
        }
        catch (FormatException)
        {
            diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, map.Find("dateFormat")!.Value.Span), $"dateFormat '{value}' is not a valid date format");
            return PortfolioConfig.Default.DateFormat;
        }
    }

    private static Owner ReadOwner(FrontMatterNode? node, DiagnosticBag diagnostics)
    {
        if (node is null or FrontMatterScalar { IsNull: true }) return new Owner();
        // `owner: "Jane Doe"` is the owner's name, as Hugo reads `author`: the mapping form is only needed for more.
        if (node is FrontMatterScalar { ResolvedKind: ScalarKind.String } name)
            return new Owner { Name = string.IsNullOrWhiteSpace(name.Value) ? null : name.Value };
        if (node is not FrontMatterMapping map)
        {
            diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, node.Span), $"owner must be a name (owner: \"Jane Doe\") or a mapping (name, headline, avatar, links); got {ReceivedValue.Of(node)}");
            return new Owner();
        }
        var reader = new MappingReader(map, diagnostics);
        var links = new List<OwnerLink>();
        if (map.Find("links")?.Value is FrontMatterSequence sequence)
        {
            foreach (var item in sequence.Items)
            {
                if (item is FrontMatterMapping link && new MappingReader(link, diagnostics) is var linkReader
                    && linkReader.String("url") is { } url)
                {
                    // The site turns an unsafe link into '#' (and still would, were this error ignored); check says so where the link is written.
                    links.Add(new OwnerLink(linkReader.String("label") ?? url, url));
                    if (!Validation.SafeUrl.IsSafe(url)) diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, link.Find("url")!.Value.Span), "owner link url must be an http, https or mailto link or a relative path (no other scheme, no control character)");
                }
                else
                    diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, item.Span), $"each owner link needs 'label' and 'url'; got {ReceivedValue.Of(item)}");
            }
        }
        return new Owner
        {
            Name = reader.String("name"),
            Headline = reader.String("headline"),
            Avatar = reader.String("avatar"),
            AvatarLocation = map.Find("avatar") is { } avatar ? SourceLocation.At(FileName, avatar.Value.Span) : null,
            Email = reader.String("email"),
            Links = links,
        };
    }

    private static FieldMap ReadFields(FrontMatterNode? node, DiagnosticBag diagnostics)
    {
        if (node is null) return FieldMap.Default;
        if (node is not FrontMatterMapping map)
        {
            diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, node.Span), $"fields must map canonical keys to your key names; got {ReceivedValue.Of(node)}");
            return FieldMap.Default;
        }
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (!FieldMap.CanonicalKeys.Contains(entry.Key))
                diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, entry.KeySpan), $"fields: '{entry.Key}' is not a canonical key ({string.Join(", ", FieldMap.CanonicalKeys)})");
            else if (entry.Value is FrontMatterScalar { ResolvedKind: ScalarKind.String } name)
                overrides[entry.Key] = name.Value;
            else
                diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, entry.Value.Span), $"fields.{entry.Key} must be a key name; got {ReceivedValue.Of(entry.Value)}");
        }
        return new FieldMap(overrides);
    }

    /// <summary>The <c>limits:</c> keys, with the largest value each may take.</summary>
    public static readonly IReadOnlyDictionary<string, long> LimitKeys = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["maxDocumentBytes"] = 64L * 1024 * 1024,
        ["maxFrontMatterBytes"] = 16 * 1024 * 1024,
        // Front matter trees are walked recursively; this bound keeps every walk far from the stack's end.
        ["maxDepth"] = 1000,
        ["maxAliases"] = 100_000,
        ["maxNodes"] = 10_000_000,
        ["maxTitleLength"] = 100_000,
    };

    private static DocumentLimits ReadLimits(FrontMatterNode? node, DiagnosticBag diagnostics)
    {
        var limits = DocumentLimits.Default;
        if (node is null or FrontMatterScalar { IsNull: true }) return limits;
        if (node is not FrontMatterMapping map)
        {
            diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, node.Span), $"limits must be a mapping ({string.Join(", ", LimitKeys.Keys)}); got {ReceivedValue.Of(node)}");
            return limits;
        }
        foreach (var entry in map.Entries)
        {
            if (!LimitKeys.TryGetValue(entry.Key, out var max))
            {
                diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, entry.KeySpan), $"limits: '{entry.Key}' is not a limit ({string.Join(", ", LimitKeys.Keys)})");
                continue;
            }
            if (entry.Value is not FrontMatterScalar { ResolvedKind: ScalarKind.Integer } number
                || !long.TryParse(number.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < 1 || value > max)
            {
                diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, entry.Value.Span), $"limits.{entry.Key} must be a whole number from 1 to {max.ToString("N0", CultureInfo.InvariantCulture)}; got {ReceivedValue.Of(entry.Value)}");
                continue;
            }
            limits = entry.Key switch
            {
                "maxDocumentBytes" => limits with { MaxDocumentBytes = value },
                "maxFrontMatterBytes" => limits with { MaxFrontMatterBytes = (int)value },
                "maxDepth" => limits with { MaxDepth = (int)value },
                "maxAliases" => limits with { MaxAliases = (int)value },
                "maxNodes" => limits with { MaxNodes = (int)value },
                _ => limits with { MaxTitleLength = (int)value },
            };
        }
        return limits;
    }

    /// <summary>Typed access to a config mapping, reporting wrong types at the value.</summary>
    private sealed class MappingReader(FrontMatterMapping map, DiagnosticBag diagnostics)
    {
        public string? String(string key) => map.Find(key)?.Value switch
        {
            null or FrontMatterScalar { IsNull: true } => null,
            FrontMatterScalar s when s.ResolvedKind != ScalarKind.Null => s.Value,
            var other => Wrong<string>(key, other, "a string"),
        };

        public int? Int(string key) => map.Find(key)?.Value switch
        {
            null => null,
            FrontMatterScalar { ResolvedKind: ScalarKind.Integer } s when int.TryParse(s.Value, CultureInfo.InvariantCulture, out var i) && i >= 0 => i,
            var other => WrongValue<int>(key, other, "a whole number"),
        };

        public bool? Bool(string key) => map.Find(key)?.Value switch
        {
            null => null,
            FrontMatterScalar { ResolvedKind: ScalarKind.Boolean } s => s.Value.Equals("true", StringComparison.OrdinalIgnoreCase),
            var other => WrongValue<bool>(key, other, "true or false"),
        };

        private T? Wrong<T>(string key, FrontMatterNode node, string expected) where T : class
        {
            diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, node.Span), $"{key} must be {expected}; got {ReceivedValue.Of(node)}");
            return null;
        }

        private T? WrongValue<T>(string key, FrontMatterNode node, string expected) where T : struct
        {
            diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(FileName, node.Span), $"{key} must be {expected}; got {ReceivedValue.Of(node)}");
            return null;
        }
    }
}
