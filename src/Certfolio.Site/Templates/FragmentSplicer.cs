using System.Buffers;
using System.Globalization;
using System.Text;

namespace Certfolio.Site.Templates;

/// <summary>
/// Assembles a page from its rendered text and the cached card bytes it refers to. While a page renders, each
/// <see cref="TrustedFragments"/> prints a marker (NUL, an index, NUL: text the HTML encoder can never produce, as it
/// escapes control characters); the marked text is then encoded and the markers replaced by the fragments' bytes.
/// One per page render, carried by the page's own writer (<see cref="SplicingWriter"/>).
/// </summary>
internal sealed class FragmentSplicer
{
    private const char Delimiter = '\0';
    private readonly List<TrustedFragments> _fragments = [];

    public bool IsEmpty => _fragments.Count == 0;

    public string Marker(TrustedFragments fragments)
    {
        _fragments.Add(fragments);
        return string.Create(CultureInfo.InvariantCulture, $"{Delimiter}{_fragments.Count - 1}{Delimiter}");
    }

    /// <summary>Encodes <paramref name="text"/> with every marker replaced, into one pooled buffer handed to <paramref name="consume"/>.</summary>
    public void Splice(string text, Action<ReadOnlySpan<byte>> consume)
    {
        var utf8 = Encoding.UTF8;
        var total = (long)utf8.GetByteCount(text) + _fragments.Sum(f => f.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(checked((int)total));
        try
        {
            var written = 0;
            var position = 0;
            while (position < text.Length)
            {
                var start = text.IndexOf(Delimiter, position);
                if (start < 0)
                {
                    written += utf8.GetBytes(text.AsSpan(position), bytes.AsSpan(written));
                    break;
                }
                written += utf8.GetBytes(text.AsSpan(position, start - position), bytes.AsSpan(written));
                var end = text.IndexOf(Delimiter, start + 1);
                var index = int.Parse(text.AsSpan(start + 1, end - start - 1), NumberStyles.None, CultureInfo.InvariantCulture);
                foreach (var fragment in _fragments[index].Items)
                {
                    fragment.CopyTo(bytes, written);
                    written += fragment.Length;
                }
                position = end + 1;
            }
            consume(bytes.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
