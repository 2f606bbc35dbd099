using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Certfolio.Core.Documents;

/// <summary>
/// Reads TOML front matter (Hugo's <c>+++</c>) into the same positioned tree as YAML, from Tomlyn's
/// syntax tree rather than its object model: the tree keeps every position, and Tomlyn accepts
/// duplicate keys silently, so <see cref="TomlTreeBuilder"/> finds them itself.
/// </summary>
public static class TomlFrontMatterReader
{
    // Options are immutable once used; one instance per depth limit is shared by every parse.
    private static TomlSerializerOptions? _options;

    public static FrontMatterNode? Read(FrontMatterBlock block, string relativePath, DocumentLimits limits, DiagnosticBag diagnostics)
    {
        DocumentSyntax syntax;
        try
        {
            syntax = SyntaxParser.Parse(block.Text, OptionsFor(limits.MaxDepth), relativePath, validate: false);
        }
        catch (TomlException e) when (!e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Descriptors.TomlSyntax, new SourceLocation(relativePath, block.FirstLine, 1), e.Message.TrimEnd('.'));
            return null;
        }
        catch (TomlException)
        {
            // Tomlyn stops at its depth limit with an exception that carries no position; find the bracket ourselves.
            var position = ToFile(block, DeepestOpening(block.Text, limits.MaxDepth));
            diagnostics.Add(Descriptors.NestingTooDeep, SourceLocation.At(relativePath, position), limits.MaxDepth);
            return null;
        }

        var builder = new TomlTreeBuilder(block.FirstLine, relativePath, limits);
        var tree = builder.Build(syntax);
        // Only the earliest error: Tomlyn recovers and reports the knock-on effects of one mistake as more
        // errors, and not in source order.
        var first = syntax.Diagnostics
            .Where(m => m.Kind == DiagnosticMessageKind.Error && !builder.IsLenientDate(m.Span.Start.Offset))
            .MinBy(m => m.Span.Start.Offset);
        if (first is not null)
        {
            var start = first.Span.Start;
            diagnostics.Add(Descriptors.TomlSyntax, SourceLocation.At(relativePath, ToFile(block, start.Line, start.Column)), first.Message.TrimEnd('.'));
            return null;
        }
        diagnostics.AddRange(builder.Diagnostics.Items);
        // A key defined twice keeps its first value, as the YAML reader does, so a reader that can use the rest (an
        // import of the items without the duplicate) has it; every other error leaves no tree.
        return builder.Diagnostics.Items.Any(d => d.Severity == Severity.Error && d.Descriptor != Descriptors.DuplicateKey) ? null : tree;
    }

    private static TomlSerializerOptions OptionsFor(int maxDepth)
    {
        var options = _options;
        if (options is not null && options.MaxDepth == maxDepth) return options;
        // Tomlyn counts the root table as one level, as the YAML reader counts the root mapping.
        options = new TomlSerializerOptions { MaxDepth = maxDepth };
        _options = options;
        return options;
    }

    /// <summary>A zero-based Tomlyn position to a file position.</summary>
    internal static LinePosition ToFile(FrontMatterBlock block, int line, int column) => new(line + block.FirstLine, column + 1);

    private static LinePosition ToFile(FrontMatterBlock block, (int Line, int Column) position) => ToFile(block, position.Line, position.Column);

    /// <summary>The zero-based position of the bracket or brace that opens one level too many, skipping strings and comments.</summary>
    private static (int Line, int Column) DeepestOpening(string toml, int maxDepth)
    {
        var depth = 1;
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < toml.Length; i++)
        {
            var c = toml[i];
            switch (c)
            {
                case '\n':
                    line++;
                    lineStart = i + 1;
                    break;
                case '#':
                    while (i + 1 < toml.Length && toml[i + 1] != '\n') i++;
                    break;
                case '"' or '\'':
                    var triple = i + 2 < toml.Length && toml[i + 1] == c && toml[i + 2] == c;
                    var close = triple ? new string(c, 3) : c.ToString();
                    var end = toml.IndexOf(close, i + close.Length, StringComparison.Ordinal);
                    while (!triple && c == '"' && end > 0 && IsEscaped(toml, end)) end = toml.IndexOf(close, end + 1, StringComparison.Ordinal);
                    end = end < 0 ? toml.Length - 1 : end + close.Length - 1;
                    for (var j = i + 1; j <= end; j++)
                    {
                        if (toml[j] != '\n') continue;
                        line++;
                        lineStart = j + 1;
                    }
                    i = end;
                    break;
                case '[' or '{':
                    if (++depth > maxDepth) return (line, i - lineStart);
                    break;
                case ']' or '}':
                    depth--;
                    break;
            }
        }
        return (0, 0);
    }

    private static bool IsEscaped(string text, int index)
    {
        var backslashes = 0;
        while (index - 1 - backslashes >= 0 && text[index - 1 - backslashes] == '\\') backslashes++;
        return backslashes % 2 == 1;
    }
}
