using System.Collections.Immutable;

namespace Certfolio.Server.Building;

/// <summary>
/// An immutable view of a whole built site, keyed by site path (<c>certifications/x/index.html</c>). Requests
/// read one snapshot from start to end while a rebuild prepares the next one.
/// </summary>
public sealed class SiteSnapshot
{
    public static SiteSnapshot Empty { get; } = new(ImmutableDictionary.Create<string, SiteFile>(StringComparer.Ordinal));

    private readonly ImmutableDictionary<string, SiteFile> _files;

    private SiteSnapshot(ImmutableDictionary<string, SiteFile> files) => _files = files;

    public int Count => _files.Count;

    public IEnumerable<string> Paths => _files.Keys;

    public bool TryGet(string sitePath, out SiteFile file) => _files.TryGetValue(sitePath, out file!);

    /// <summary>
    /// A new snapshot with <paramref name="staged"/> applied (a complete build replaces everything), and the
    /// site paths whose content actually changed.
    /// </summary>
    public (SiteSnapshot Snapshot, IReadOnlyList<string> Changed) Apply(StagingSiteWriter staged, bool complete)
    {
        var changed = new List<string>();
        var builder = complete ? ImmutableDictionary.CreateBuilder<string, SiteFile>(StringComparer.Ordinal) : _files.ToBuilder();
        if (complete)
        {
            changed.AddRange(_files.Keys.Where(path => !staged.Written.ContainsKey(path)));
        }
        else
        {
            foreach (var path in staged.Deleted)
            {
                if (builder.Remove(path)) changed.Add(path);
            }
        }
        foreach (var (path, content) in staged.Written)
        {
            // Unchanged bytes keep their SiteFile, so its ETag (and a browser's cached copy) stays valid.
            if (_files.TryGetValue(path, out var existing) && existing.Content.AsSpan().SequenceEqual(content))
            {
                if (complete) builder[path] = existing;
                continue;
            }
            builder[path] = new SiteFile(content);
            changed.Add(path);
        }
        changed.Sort(StringComparer.Ordinal);
        return (new SiteSnapshot(builder.ToImmutable()), changed);
    }
}
