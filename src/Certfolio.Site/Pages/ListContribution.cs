using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Certfolio.Core.Model;

namespace Certfolio.Site.Pages;

/// <summary>
/// A digest of what one credential contributes to the site-wide files (home page, term pages, search index, feed,
/// calendar, sitemap, the owner's dashboard): the bytes it puts there (its card, calendar events and JSON-LD), its search record, its dashboard line, the records the
/// feed and the home timeline are written from (<see cref="FeedEntry"/>, <see cref="TimelineBar"/>, whole, by their
/// generated text, which lists every property), and what decides where it is listed (status, the terms it has).
/// Two renders with the same digest and page show the same everywhere but on their own page, so a rebuild that
/// changed nothing else leaves the site-wide files as they are. Derived from the output, not from a list of fields.
/// </summary>
internal static class ListContribution
{
    // A per-thread scratch hasher, reset by every digest: no state survives a call.
    [ThreadStatic] private static IncrementalHash? t_hash;

    public static byte[] Digest(byte[] card, SearchRecord search, IReadOnlyList<CalendarFragment> events, string jsonLd, FeedEntry feed,
        TimelineBar bar, CredentialStatus status, string[][] termSlugs, DashboardLine? dashboard)
    {
        var hash = t_hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Part(hash, card);
        Search(hash, search);
        Count(hash, events.Count);
        foreach (var item in events) Part(hash, item.Utf8);
        Text(hash, jsonLd);
        Text(hash, feed.ToString());
        Text(hash, bar.ToString());
        Optional(hash, dashboard?.ToString());
        Count(hash, (int)status);
        foreach (var slugs in termSlugs)
        {
            Count(hash, slugs.Length);
            foreach (var slug in slugs) Text(hash, slug);
        }
        return hash.GetHashAndReset();
    }

    private static void Search(IncrementalHash hash, SearchRecord search)
    {
        Text(hash, search.Slug);
        Texts(hash, search.TitleWords);
        Text(hash, search.Provider);
        Optional(hash, search.Level);
        Texts(hash, search.Skills);
        Count(hash, search.Issued.DayNumber);
        Count(hash, search.Expires?.DayNumber ?? -1);
        Optional(hash, search.CredentialId);
        Texts(hash, search.TextWords);
        Count(hash, search.RenewalOpens?.DayNumber ?? -1);
    }

    private static void Texts(IncrementalHash hash, string[] texts)
    {
        Count(hash, texts.Length);
        foreach (var text in texts) Text(hash, text);
    }

    // Nothing (-1) is not the empty text (0, then no bytes).
    private static void Optional(IncrementalHash hash, string? text)
    {
        if (text is null) Count(hash, -1);
        else Text(hash, text);
    }

    // Every part is length-prefixed, so no two different sequences of parts hash the same bytes.
    private static void Part(IncrementalHash hash, ReadOnlySpan<byte> bytes)
    {
        Count(hash, bytes.Length);
        hash.AppendData(bytes);
    }

    private static void Count(IncrementalHash hash, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }

    private static void Text(IncrementalHash hash, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            Part(hash, buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
