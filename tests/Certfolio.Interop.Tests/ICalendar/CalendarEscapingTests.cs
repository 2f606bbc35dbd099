using System.Text;
using Certfolio.Interop.ICalendar;

namespace Certfolio.Interop.Tests.ICalendar;

/// <summary>Nothing from a document writes a line of its own into the calendar.</summary>
public sealed class CalendarEscapingTests
{
    private const string Injected = "END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Call 555-0100 to renew";

    private static string Write(string frontMatter)
    {
        using var portfolio = new CalendarPortfolio().Cert("cka", frontMatter);
        return CalendarWriter.Write(portfolio.Track("2026-12-04"));
    }

    private static string[] Lines(string ics) => ics.Split("\r\n");

    [Fact]
    public void A_verification_url_with_a_line_break_is_left_out_not_written_as_two_lines()
    {
        // Given a verificationUrl that carries CR LF and a fake event
        var ics = Write($"title: CKA\ndate: 2025-02-10\nprovider: Widget Guild\nexpiryDate: 2027-01-10\nverificationUrl: \"https://example.org/v\\r\\n{Injected.Replace("\r\n", "\\r\\n")}\"");

        // Then no line starts the injected event, and exactly one event begins
        Assert.DoesNotContain(Lines(ics), l => l.StartsWith("SUMMARY:Call", StringComparison.Ordinal));
        Assert.Single(Lines(ics), l => l == "BEGIN:VEVENT");
        Assert.DoesNotContain("URL:", ics);
    }

    [Fact]
    public void Title_and_description_line_breaks_and_control_characters_are_escaped_text()
    {
        // Given a title with CR LF and a provider with ESC and BEL
        var ics = Write($"title: \"CKA\\r\\n{Injected.Replace("\r\n", "\\r\\n")}\"\ndate: 2025-02-10\nprovider: \"CNCF\\e[31m\\a; a, b\\\\c\"\nexpiryDate: 2027-01-10");

        // Then the line break is the TEXT escape \n, the controls are gone, and ; , \ are escaped
        Assert.Single(Lines(ics), l => l == "BEGIN:VEVENT");
        Assert.DoesNotContain(Lines(ics), l => l.StartsWith("SUMMARY:Call", StringComparison.Ordinal));
        Assert.Contains(@"SUMMARY:Expires: CKA\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Call 555-0100 to re", ics);
        Assert.DoesNotContain('\u001b', ics);
        Assert.DoesNotContain('\u0007', ics);
        Assert.Contains(@"CNCF�[31m�\; a\, b\\c", Unfold(ics));
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_utf8_sequence()
    {
        // Given a credential id of many two- and three-byte characters
        var ics = Write($"title: CKA\ndate: 2025-02-10\nprovider: CNCF\ncredentialId: \"{string.Concat(Enumerable.Repeat("ÄÖÜ€", 40))}\"\nexpiryDate: 2027-01-10");

        // Then every line is at most 75 octets and each is valid UTF-8 on its own
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var line in Encoding.UTF8.GetBytes(ics).AsSpan().ToArray().Split("\r\n"u8.ToArray()))
        {
            Assert.True(line.Length <= 75, $"{line.Length} octets");
            strict.GetString(line);
        }
        Assert.Contains(string.Concat(Enumerable.Repeat("ÄÖÜ€", 40)), Unfold(ics));
    }

    [Theory]
    [InlineData("https://example.org/a b")]
    [InlineData("https://example.org/\u0007")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://example.org/%0D%0ASUMMARY:x")]
    public void Only_plain_http_uris_become_urls(string url)
    {
        // When a URL is made fit for a calendar
        var uri = IcsValue.HttpUri(url);

        // Then it is left out, or its written form holds no control character
        Assert.True(uri is null || !uri.ToString().Any(char.IsControl), uri?.ToString());
    }

    private static string Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal);
}

internal static class ByteSplit
{
    public static IEnumerable<byte[]> Split(this byte[] bytes, byte[] separator)
    {
        var start = 0;
        for (var i = 0; i + separator.Length <= bytes.Length; i++)
        {
            if (!bytes.AsSpan(i, separator.Length).SequenceEqual(separator)) continue;
            yield return bytes[start..i];
            start = i + separator.Length;
            i += separator.Length - 1;
        }
        yield return bytes[start..];
    }
}
