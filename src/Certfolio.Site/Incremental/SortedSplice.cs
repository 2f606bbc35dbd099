namespace Certfolio.Site.Incremental;

/// <summary>Removes and inserts a few items in a large sorted list by binary search, in one copy.</summary>
internal static class SortedSplice
{
    /// <summary>
    /// <paramref name="sorted"/> without <paramref name="leaving"/> (found by reference) and with <paramref name="entering"/>,
    /// sorted by <paramref name="comparer"/>. Null when a leaving item is missing, or an entering item compares equal to
    /// an item that stays or to another entering one, since then the order would depend on how the list was built.
    /// </summary>
    public static T[]? Apply<T>(IReadOnlyList<T> sorted, IEnumerable<T> leaving, IEnumerable<T> entering, IComparer<T> comparer) where T : class =>
        Plan(sorted, leaving, entering, comparer)?.Apply(sorted, item => item);

    /// <summary>The removals and insertions that splice <paramref name="sorted"/>, to apply to it and to lists kept beside it; null as for <see cref="Apply{T}"/>.</summary>
    public static SpliceScript<T>? Plan<T>(IReadOnlyList<T> sorted, IEnumerable<T> leaving, IEnumerable<T> entering, IComparer<T> comparer) where T : class
    {
        var removed = new List<int>();
        foreach (var item in leaving)
        {
            var at = Find(sorted, item, comparer);
            if (at < 0 || removed.Contains(at)) return null;
            removed.Add(at);
        }
        var inserts = new List<(int At, T Item)>();
        foreach (var item in entering)
        {
            var (at, equal) = InsertionPoint(sorted, item, comparer);
            if (equal >= 0)
            {
                var (first, last) = EqualRange(sorted, equal, comparer);
                for (var i = first; i <= last; i++)
                {
                    if (!removed.Contains(i)) return null;
                }
            }
            inserts.Add((at, item));
        }
        inserts.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : comparer.Compare(a.Item, b.Item));
        for (var i = 1; i < inserts.Count; i++)
        {
            if (inserts[i - 1].At == inserts[i].At && comparer.Compare(inserts[i - 1].Item, inserts[i].Item) == 0) return null;
        }
        removed.Sort();
        return new SpliceScript<T>(sorted.Count, removed.ToArray(), inserts.ToArray());
    }

    /// <summary>The index of <paramref name="item"/> itself (by reference), or -1.</summary>
    private static int Find<T>(IReadOnlyList<T> sorted, T item, IComparer<T> comparer) where T : class
    {
        var (_, equal) = InsertionPoint(sorted, item, comparer);
        if (equal < 0) return -1;
        var (first, last) = EqualRange(sorted, equal, comparer);
        for (var i = first; i <= last; i++)
        {
            if (ReferenceEquals(sorted[i], item)) return i;
        }
        return -1;
    }

    /// <summary>The run of items around <paramref name="index"/> that compare equal to it.</summary>
    private static (int First, int Last) EqualRange<T>(IReadOnlyList<T> sorted, int index, IComparer<T> comparer)
    {
        var first = index;
        while (first > 0 && comparer.Compare(sorted[first - 1], sorted[index]) == 0) first--;
        var last = index;
        while (last < sorted.Count - 1 && comparer.Compare(sorted[last + 1], sorted[index]) == 0) last++;
        return (first, last);
    }

    /// <summary>Where <paramref name="item"/> goes (the first index whose item compares greater), and an index comparing equal, or -1.</summary>
    private static (int At, int Equal) InsertionPoint<T>(IReadOnlyList<T> sorted, T item, IComparer<T> comparer)
    {
        int low = 0, high = sorted.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = comparer.Compare(sorted[middle], item);
            if (order == 0) return (middle, middle);
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return (low, -1);
    }
}

/// <summary>
/// The edit of a sorted list: indexes removed (ascending) and items inserted before an index (in order). Applied to
/// the list itself or to a list kept beside it, item for item (the cards of the renders, say).
/// </summary>
internal sealed class SpliceScript<T>(int count, int[] removed, (int At, T Item)[] inserts)
{
    public bool IsEmpty => removed.Length == 0 && inserts.Length == 0;

    /// <summary>
    /// <paramref name="source"/> (as long as the list the script was planned on) edited: the runs between edits are
    /// copied whole, the inserted items mapped by <paramref name="map"/>. An empty script returns an array source as it is.
    /// </summary>
    public TOut[] Apply<TOut>(IReadOnlyList<TOut> source, Func<T, TOut> map)
    {
        if (source.Count != count) throw new ArgumentException("The list is not the one the splice was planned on.", nameof(source));
        if (IsEmpty && source is TOut[] same) return same;
        var result = new TOut[count - removed.Length + inserts.Length];
        int from = 0, to = 0, r = 0, k = 0;
        while (true)
        {
            var next = count;
            if (r < removed.Length) next = Math.Min(next, removed[r]);
            if (k < inserts.Length) next = Math.Min(next, inserts[k].At);
            Copy(source, from, result, to, next - from);
            to += next - from;
            from = next;
            while (k < inserts.Length && inserts[k].At == from) result[to++] = map(inserts[k++].Item);
            if (r < removed.Length && removed[r] == from)
            {
                from++;
                r++;
            }
            else if (from >= count) return result;
        }
    }

    /// <summary>
    /// Walks the edited list in order: <paramref name="keep"/> for each run of the original list that stays (its first
    /// index and length), <paramref name="insert"/> for each inserted item.
    /// </summary>
    public void Walk(Action<int, int> keep, Action<T> insert)
    {
        int from = 0, r = 0, k = 0;
        while (true)
        {
            var next = count;
            if (r < removed.Length) next = Math.Min(next, removed[r]);
            if (k < inserts.Length) next = Math.Min(next, inserts[k].At);
            if (next > from) keep(from, next - from);
            from = next;
            while (k < inserts.Length && inserts[k].At == from) insert(inserts[k++].Item);
            if (r < removed.Length && removed[r] == from)
            {
                from++;
                r++;
            }
            else if (from >= count) return;
        }
    }

    private static void Copy<TOut>(IReadOnlyList<TOut> source, int from, TOut[] target, int to, int length)
    {
        if (length == 0) return;
        if (source is TOut[] array)
        {
            Array.Copy(array, from, target, to, length);
            return;
        }
        for (var i = 0; i < length; i++) target[to + i] = source[from + i];
    }
}
