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
    public void A_title_with_a_line_break_is_an_invalid_document_whose_event_names_the_file()
    {
        // Given a title with CR LF and a fake event (check refuses it: CF0125)
        var ics = Write($"title: \"CKA\\r\\n{Injected.Replace("\r\n", "\\r\\n")}\"\ndate: 2025-02-10\nprovider: CNCF\nexpiryDate: 2027-01-10");

        // Then the expiry still has its one event, named by the file, and no line starts the injected one
        Assert.Single(Lines(ics), l => l == "BEGIN:VEVENT");
        Assert.DoesNotContain(Lines(ics), l => l.StartsWith("SUMMARY:Call", StringComparison.Ordinal));
        Assert.Contains("SUMMARY:Expires: certifications/cka.md (invalid document)", ics);
    }

    [Fact]
    public void Text_separators_in_values_are_escaped()
    {
        // Given a provider holding ; , and \
        var ics = Write("title: CKA\ndate: 2025-02-10\nprovider: \"CNCF; a, b\\\\c\"\nexpiryDate: 2027-01-10");

        // Then each is escaped as RFC 5545 TEXT
        Assert.Contains(@"CNCF\; a\, b\\c", Unfold(ics));
    }

    [Fact]
    public void Values_that_reach_the_writer_with_control_characters_are_made_text_or_left_out()
    {
        // check refuses such values in documents (CF0125); the writer does not rely on it, so imports and invalid
        // documents' remains cannot start a line either.
        Assert.Equal("CKA\nEND:VEVENT\uFFFD[31m\uFFFD", IcsValue.Text("CKA\r\nEND:VEVENT\u001b[31m\u0007"));
        Assert.Null(IcsValue.HttpUri("https://example.org/v\r\nSUMMARY:Call"));
        Assert.Null(IcsValue.HttpUri("javascript:alert(1)"));
        Assert.Equal(new Uri("https://example.org/v"), IcsValue.HttpUri("https://example.org/v"));
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
