using System.Text.RegularExpressions;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Certfolio.Core.Documents;

/// <summary>
/// Reads YAML front matter from parser events into a positioned <see cref="FrontMatterNode"/> tree.
/// Events rather than <c>YamlStream</c>: nesting and alias expansion are bounded while reading, since
/// deep nesting overflows YamlDotNet's recursive loaders and aliases can explode later in templates.
/// </summary>
public static partial class YamlFrontMatterReader
{
    public static FrontMatterNode? Read(FrontMatterBlock block, string relativePath, DocumentLimits limits, DiagnosticBag diagnostics)
    {
        var lineOffset = block.FirstLine - 1;
        if (FindTabIndentation(block.Text) is not { } tab)
            return new EventReader(block.Text, lineOffset, relativePath, limits, diagnostics).ReadDocument();

        // A tab after leading spaces may be content (inside a block scalar), which YAML allows: only
        // when the parser fails is the tab the likely cause, and then it is named instead of the
        // parser's less helpful message.
        var parsed = new DiagnosticBag();
        var root = new EventReader(block.Text, lineOffset, relativePath, limits, parsed).ReadDocument();
        var syntaxError = parsed.Items.Any(d => YamlErrorTranslator.IsSyntaxError(d.Descriptor));
        diagnostics.AddRange(parsed.Items.Where(d => !YamlErrorTranslator.IsSyntaxError(d.Descriptor)));
        if (!syntaxError) return root;
        diagnostics.Add(Descriptors.TabIndentation, new SourceLocation(relativePath, tab.Line + lineOffset, tab.Column));
        return null;
    }

    private static LinePosition? FindTabIndentation(string yaml)
    {
        var line = 1;
        var atLineStart = true;
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c == '\n') { line++; atLineStart = true; continue; }
            if (!atLineStart) continue;
            if (c == '\t')
            {
                var column = i - (yaml.LastIndexOf('\n', Math.Max(i - 1, 0)) + 1) + 1;
                if (i == 0 || yaml[i - 1] == '\n') column = 1;
                return new LinePosition(line, column);
            }
            if (c != ' ') atLineStart = false;
        }
        return null;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();

    private sealed class EventReader(string yaml, int lineOffset, string relativePath, DocumentLimits limits, DiagnosticBag diagnostics)
    {
        // Most front matter has no anchors and a dozen keys: the lookups are made only when needed.
        private Dictionary<string, (FrontMatterNode Node, int Weight)>? _anchors;
        private readonly IParser _parser = new Parser(new Scanner(new StringReader(yaml), skipComments: true));
        private int _aliases;
        private int _weight;
        private int _depth;
        private Mark _lastMark = Mark.Empty;

        public FrontMatterNode? ReadDocument()
        {
            try
            {
                Advance(); // StreamStart
                Advance();
                if (_parser.Current is StreamEnd or null) return new FrontMatterMapping(new LinePosition(1 + lineOffset, 1), []);
                Advance(); // DocumentStart
                return ReadNode();
            }
            catch (NestingLimitReached)
            {
                diagnostics.Add(Descriptors.NestingTooDeep, Location(_lastMark), limits.MaxDepth);
                return null;
            }
            catch (AliasLimitReached)
            {
                diagnostics.Add(Descriptors.TooManyAliases, Location(_lastMark), limits.MaxAliases, limits.MaxNodes);
                return null;
            }
            catch (YamlException e)
            {
                // The parser's words are translated where the mistake is a common one; its position is kept.
                if (e.Start.Line == 0) diagnostics.Add(Descriptors.YamlSyntax, Location(e.Start), CleanMessage(e));
                else
                {
                    var problem = YamlErrorTranslator.Translate(yaml, CleanMessage(e), new LinePosition((int)e.Start.Line, (int)e.Start.Column));
                    diagnostics.Add(problem.Descriptor, At(new LinePosition(problem.Position.Line + lineOffset, problem.Position.Column)), problem.Arguments);
                }
                return null;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
            {
                // YamlDotNet 18.1 throws a bare InvalidOperationException for an unterminated flow
                // sequence followed by another key; the last event read is the best position we have.
                diagnostics.Add(Descriptors.YamlSyntax, Location(_lastMark), "unterminated flow collection or invalid structure near here");
                return null;
            }
        }

        private void Advance()
        {
            if (_parser.MoveNext() && _parser.Current is not null) _lastMark = _parser.Current.Start;
        }

        private FrontMatterNode? ReadNode()
        {
            var current = _parser.Current ?? throw new InvalidOperationException("unexpected end of YAML");
            _lastMark = current.Start;
            switch (current)
            {
                // Limits are checked before moving on, so a limit reached points at this event.
                case Scalar scalar:
                    var node = Remember(scalar.Anchor, Counted(ToScalar(scalar)), 1);
                    Advance();
                    return node;
                case AnchorAlias alias:
                    var resolved = ResolveAlias(alias);
                    Advance();
                    return resolved;
                case SequenceStart sequenceStart:
                    return ReadSequence(sequenceStart);
                case MappingStart mappingStart:
                    return ReadMapping(mappingStart);
                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

        private FrontMatterNode ReadSequence(SequenceStart start)
        {
            Enter();
            var weightBefore = _weight;
            Advance();
            var items = new List<FrontMatterNode>();
            while (_parser.Current is not SequenceEnd)
            {
                if (_parser.Current is null) throw new YamlException(start.Start, start.End, "unterminated sequence");
                var item = ReadNode();
                if (item is not null) items.Add(item);
            }
            var end = _parser.Current.End;
            Advance();
            _depth--;
            _lastMark = start.Start;
            var flow = start.Style == YamlDotNet.Core.Events.SequenceStyle.Flow;
            var node = Counted(new FrontMatterSequence(Position(start.Start), items, flow) { End = EndOf(end, flow) });
            return Remember(start.Anchor, node, _weight - weightBefore);
        }

        private FrontMatterNode ReadMapping(MappingStart start)
        {
            Enter();
            var weightBefore = _weight;
            Advance();
            var entries = new List<FrontMatterEntry>();
            var seen = new KeyLines();
            while (_parser.Current is not MappingEnd)
            {
                if (_parser.Current is null) throw new YamlException(start.Start, start.End, "unterminated mapping");
                var keyEvent = _parser.Current;
                var key = ReadNode();
                var value = ReadNode();
                if (key is not FrontMatterScalar keyScalar)
                {
                    diagnostics.Add(Descriptors.ComplexKey, Location(keyEvent.Start));
                    continue;
                }
                if (seen.LineOf(keyScalar.Value, entries) is { } firstLine)
                {
                    diagnostics.Add(Descriptors.DuplicateKey, SourceLocation.At(relativePath, keyScalar.Span), keyScalar.Value, firstLine);
                    continue;
                }
                seen.Add(keyScalar.Value, keyScalar.Start.Line, entries);
                entries.Add(new FrontMatterEntry(SharedStrings.Shared(keyScalar.Value), keyScalar.Start, value ?? new FrontMatterScalar(keyScalar.Start, "", ScalarKind.Null, false))
                {
                    KeyEnd = keyScalar.End,
                });
            }
            var end = _parser.Current.End;
            Advance();
            _depth--;
            _lastMark = start.Start;
            var node = Counted(new FrontMatterMapping(Position(start.Start), entries) { End = EndOf(end, start.Style == YamlDotNet.Core.Events.MappingStyle.Flow) });
            return Remember(start.Anchor, node, _weight - weightBefore);
        }

        private void Enter()
        {
            if (++_depth > limits.MaxDepth) throw new NestingLimitReached();
        }

        private FrontMatterNode ResolveAlias(AnchorAlias alias)
        {
            if (++_aliases > limits.MaxAliases || _anchors is null || !_anchors.TryGetValue(alias.Value.Value, out var anchored))
            {
                if (_aliases > limits.MaxAliases) throw new AliasLimitReached();
                throw new YamlException(alias.Start, alias.End, $"alias '*{alias.Value.Value}' refers to no anchor");
            }
            _weight += anchored.Weight;
            if (_weight > limits.MaxNodes) throw new AliasLimitReached();
            return anchored.Node;
        }

        private T Counted<T>(T node) where T : FrontMatterNode
        {
            if (++_weight > limits.MaxNodes) throw new AliasLimitReached();
            return node;
        }

        private FrontMatterNode Remember(AnchorName anchor, FrontMatterNode node, int weight)
        {
            if (!anchor.IsEmpty)
            {
                _anchors ??= new Dictionary<string, (FrontMatterNode Node, int Weight)>(StringComparer.Ordinal);
                if (_anchors.Count >= limits.MaxAliases) throw new AliasLimitReached();
                _anchors[anchor.Value] = (node, Math.Max(weight, 1));
            }
            return node;
        }

        private FrontMatterScalar ToScalar(Scalar scalar)
        {
            var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
            var kind = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty ? ScalarKind.Plain : ScalarKind.String;
            return new FrontMatterScalar(Position(scalar.Start), scalar.Value, kind, quoted)
            {
                End = Position(scalar.End),
                FoldedFromLines = scalar.Style == ScalarStyle.Plain && scalar.End.Line > scalar.Start.Line,
            };
        }

        private LinePosition Position(Mark mark) => new((int)mark.Line + lineOffset, (int)mark.Column);

        // YamlDotNet ends a flow collection at its closing bracket; the span ends after it.
        private LinePosition EndOf(Mark end, bool flow) => flow ? new((int)end.Line + lineOffset, (int)end.Column + 1) : Position(end);

        private SourceLocation Location(Mark mark) =>
            mark.Line == 0 ? new SourceLocation(relativePath, 1 + lineOffset, 1) : At(Position(mark));

        private SourceLocation At(LinePosition position) => SourceLocation.At(relativePath, position);

        private static string CleanMessage(YamlException e)
        {
            var message = PositionPrefix().Replace(e.Message, "");
            if (e.InnerException is { } inner && !string.IsNullOrWhiteSpace(inner.Message)) message += $" ({inner.Message})";
            return message.TrimEnd('.');
        }
    }

    /// <summary>
    /// The keys of one mapping so far, to find duplicates: a scan of the entries for the dozen keys of a typical front
    /// matter, a dictionary once a mapping grows past that (so a hostile one with thousands of keys stays linear).
    /// </summary>
    private struct KeyLines
    {
        private const int ScanLimit = 16;
        private Dictionary<string, int>? _lines;

        public readonly int? LineOf(string key, List<FrontMatterEntry> entries)
        {
            if (_lines is not null) return _lines.TryGetValue(key, out var line) ? line : null;
            foreach (var entry in entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.Ordinal)) return entry.KeyStart.Line;
            }
            return null;
        }

        public void Add(string key, int line, List<FrontMatterEntry> entries)
        {
            if (_lines is null && entries.Count < ScanLimit) return;
            if (_lines is null)
            {
                _lines = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var entry in entries) _lines[entry.Key] = entry.KeyStart.Line;
            }
            _lines[key] = line;
        }
    }

    private sealed class NestingLimitReached : Exception;

    private sealed class AliasLimitReached : Exception;
}
