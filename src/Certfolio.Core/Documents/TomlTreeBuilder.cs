using System.Globalization;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;
using Tomlyn.Syntax;

namespace Certfolio.Core.Documents;

/// <summary>
/// Turns Tomlyn's syntax tree (key/values, <c>[tables]</c>, <c>[[arrays of tables]]</c>, dotted keys,
/// inline tables) into one <see cref="FrontMatterMapping"/>, reporting what TOML forbids and Tomlyn
/// lets through: a key or table defined twice (CF0011). Depth and size are bounded like YAML's.
/// </summary>
internal sealed class TomlTreeBuilder(int firstLine, string relativePath, DocumentLimits limits)
{
    private readonly HashSet<int> _lenientDates = [];
    private int _nodes;

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>
    /// True when Tomlyn's error at this offset is a date it could not parse (<c>2024-02-31</c>): the value
    /// is kept as text so the binder reports an impossible date naming its key, as it does for YAML.
    /// </summary>
    public bool IsLenientDate(int offset) => _lenientDates.Contains(offset);

    public FrontMatterMapping? Build(DocumentSyntax document)
    {
        try
        {
            var root = new Table(new LinePosition(firstLine, 1), Origin.Header, 1);
            foreach (var keyValue in document.KeyValues) AddKeyValue(root, keyValue);
            foreach (var table in document.Tables)
            {
                if (table is null) continue;
                var current = OpenTable(root, table);
                if (current is null) continue;
                foreach (var keyValue in table.Items) AddKeyValue(current, keyValue);
            }
            if (root.Slots.Count > 0) root.Start = root.Slots[0].KeyStart;
            return root.Freeze();
        }
        catch (LimitReached limit)
        {
            if (limit.Depth) Diagnostics.Add(Descriptors.NestingTooDeep, SourceLocation.At(relativePath, limit.Position), limits.MaxDepth);
            else Diagnostics.Add(Descriptors.TooManyAliases, SourceLocation.At(relativePath, limit.Position), limits.MaxAliases, limits.MaxNodes);
            return null;
        }
    }

    /// <summary>Finds or creates the table a <c>[header]</c> or <c>[[header]]</c> names; null after a clash.</summary>
    private Table? OpenTable(Table root, TableSyntaxBase header)
    {
        var keys = KeysOf(header.Name);
        if (keys is null) return null;
        var current = root;
        for (var i = 0; i < keys.Count - 1; i++)
        {
            current = Descend(current, keys[i], Origin.Implicit);
            if (current is null) return null;
        }

        var (name, position, keyEnd) = keys[^1];
        var isArray = header is TableArraySyntax;
        if (!current.Index.TryGetValue(name, out var index))
        {
            var table = new Table(position, Origin.Header, Depth(current, position));
            current.Add(name, position, keyEnd, isArray ? new TableArray(position, [table]) : table);
            return table;
        }
        var slot = current.Slots[index];
        switch (slot.Value)
        {
            case TableArray array when isArray:
                var next = new Table(position, Origin.Header, Depth(current, position));
                Count(position);
                array.Tables.Add(next);
                return next;
            case Table { Origin: Origin.Implicit } existing when !isArray:
                existing.Origin = Origin.Header;
                existing.Start = position;
                return existing;
            default:
                Duplicate(name, position, keyEnd, slot);
                return null;
        }
    }

    private void AddKeyValue(Table table, KeyValueSyntax? keyValue)
    {
        if (keyValue?.Key is null || keyValue.Value is null) return;
        var keys = KeysOf(keyValue.Key);
        if (keys is null) return;
        var current = table;
        for (var i = 0; i < keys.Count - 1; i++)
        {
            current = Descend(current, keys[i], Origin.Dotted);
            if (current is null) return;
        }
        var (name, position, keyEnd) = keys[^1];
        if (current.Index.TryGetValue(name, out var index))
        {
            Duplicate(name, position, keyEnd, current.Slots[index]);
            return;
        }
        current.Add(name, position, keyEnd, Convert(keyValue.Value, current.Depth));
    }

    /// <summary>Steps into the sub-table <paramref name="key"/>, creating it when absent; null when the key holds a value.</summary>
    private Table? Descend(Table table, (string Name, LinePosition Position, LinePosition End) key, Origin origin)
    {
        if (!table.Index.TryGetValue(key.Name, out var index))
        {
            var created = new Table(key.Position, origin, Depth(table, key.Position));
            table.Add(key.Name, key.Position, key.End, created);
            return created;
        }
        var slot = table.Slots[index];
        switch (slot.Value)
        {
            case Table existing when origin == Origin.Implicit || existing.Origin != Origin.Header:
                return existing;
            case TableArray array when origin == Origin.Implicit:
                return array.Tables[^1];
            default:
                Duplicate(key.Name, key.Position, key.End, slot);
                return null;
        }
    }

    private FrontMatterNode Convert(ValueSyntax value, int depth)
    {
        var start = Position(value.Span.Start);
        var end = After(value.Span.End);
        Count(start);
        switch (value)
        {
            case StringValueSyntax s:
                return new FrontMatterScalar(start, s.Value ?? "", ScalarKind.String, true) { End = end };
            case IntegerValueSyntax i:
                return new FrontMatterScalar(start, i.Value.ToString(CultureInfo.InvariantCulture), ScalarKind.Integer, false) { End = end };
            case FloatValueSyntax f:
                return new FrontMatterScalar(start, f.Value.ToString("R", CultureInfo.InvariantCulture), ScalarKind.Float, false) { End = end };
            case BooleanValueSyntax b:
                return new FrontMatterScalar(start, b.Value ? "true" : "false", ScalarKind.Boolean, false) { End = end };
            case DateTimeValueSyntax d:
                return new FrontMatterScalar(start, DateText(d), ScalarKind.DateTime, false) { End = end };
            case ArraySyntax array:
                if (depth + 1 > limits.MaxDepth) throw new LimitReached(start, depth: true);
                var items = new List<FrontMatterNode>(array.Items.ChildrenCount);
                foreach (var item in array.Items)
                {
                    if (item?.Value is { } itemValue) items.Add(Convert(itemValue, depth + 1));
                }
                return new FrontMatterSequence(start, items, IsFlow: true) { End = end };
            case InlineTableSyntax inline:
                var table = new Table(start, Origin.Inline, depth + 1);
                if (table.Depth > limits.MaxDepth) throw new LimitReached(start, depth: true);
                foreach (var item in inline.Items) AddKeyValue(table, item?.KeyValue);
                return table.Freeze();
            default:
                return new FrontMatterScalar(start, "", ScalarKind.Null, false) { End = end };
        }
    }

    /// <summary>ISO text of a TOML date; an unparseable one keeps its text (see <see cref="IsLenientDate"/>).</summary>
    private string DateText(DateTimeValueSyntax date)
    {
        var text = date.Token?.Text ?? "";
        if (date.Value.DateTime == default && !text.StartsWith("0001-01-01", StringComparison.Ordinal))
        {
            if (date.Token is { } token) _lenientDates.Add(token.Span.Start.Offset);
            _lenientDates.Add(date.Span.Start.Offset);
            return text;
        }
        return date.Value.ToString();
    }

    private List<(string Name, LinePosition Position, LinePosition End)>? KeysOf(KeySyntax? key)
    {
        if (key?.Key is null) return null;
        var keys = new List<(string, LinePosition, LinePosition)>(1 + (key.DotKeys?.ChildrenCount ?? 0));
        if (KeyText(key.Key) is not { } first) return null;
        keys.Add((first, Position(key.Key.Span.Start), After(key.Key.Span.End)));
        if (key.DotKeys is null) return keys;
        foreach (var dotted in key.DotKeys)
        {
            if (dotted?.Key is null || KeyText(dotted.Key) is not { } name) return null;
            keys.Add((name, Position(dotted.Key.Span.Start), After(dotted.Key.Span.End)));
        }
        return keys;
    }

    private static string? KeyText(BareKeyOrStringValueSyntax key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text,
        StringValueSyntax quoted => quoted.Value,
        _ => null,
    };

    private int Depth(Table parent, LinePosition position)
    {
        var depth = parent.Depth + 1;
        if (depth > limits.MaxDepth) throw new LimitReached(position, depth: true);
        Count(position);
        return depth;
    }

    private void Count(LinePosition position)
    {
        if (++_nodes > limits.MaxNodes) throw new LimitReached(position, depth: false);
    }

    private void Duplicate(string name, LinePosition position, LinePosition end, Slot first) =>
        Diagnostics.Add(Descriptors.DuplicateKey, SourceLocation.At(relativePath, new Text.SourceSpan(position, end)), name, first.KeyStart.Line);

    private LinePosition Position(TextPosition position) => new(position.Line + firstLine, position.Column + 1);

    // Tomlyn's spans end at their last character; a SourceSpan ends just after it.
    private LinePosition After(TextPosition position) => new(position.Line + firstLine, position.Column + 2);

    private enum Origin
    {
        /// <summary>Created as the parent of a <c>[a.b]</c> header; may still be defined by its own header once.</summary>
        Implicit,
        Header,
        Dotted,
        Inline,
    }

    private sealed record Slot(string Key, LinePosition KeyStart, LinePosition KeyEnd, object Value);

    private sealed class Table(LinePosition start, Origin origin, int depth)
    {
        public LinePosition Start { get; set; } = start;
        public Origin Origin { get; set; } = origin;
        public int Depth { get; } = depth;
        public List<Slot> Slots { get; } = [];
        public Dictionary<string, int> Index { get; } = new(StringComparer.Ordinal);

        public void Add(string key, LinePosition keyStart, LinePosition keyEnd, object value)
        {
            Index[key] = Slots.Count;
            Slots.Add(new Slot(key, keyStart, keyEnd, value));
        }

        public FrontMatterMapping Freeze()
        {
            var entries = new FrontMatterEntry[Slots.Count];
            for (var i = 0; i < Slots.Count; i++)
            {
                var slot = Slots[i];
                entries[i] = new FrontMatterEntry(slot.Key, slot.KeyStart, FreezeValue(slot.Value)) { KeyEnd = slot.KeyEnd };
            }
            return new FrontMatterMapping(Start, entries);
        }

        private static FrontMatterNode FreezeValue(object value) => value switch
        {
            Table table => table.Freeze(),
            TableArray array => new FrontMatterSequence(array.Start, array.Tables.Select(t => (FrontMatterNode)t.Freeze()).ToArray(), IsFlow: false),
            _ => (FrontMatterNode)value,
        };
    }

    private sealed record TableArray(LinePosition Start, List<Table> Tables);

    private sealed class LimitReached(LinePosition position, bool depth) : Exception
    {
        public LinePosition Position { get; } = position;
        public bool Depth { get; } = depth;
    }
}
