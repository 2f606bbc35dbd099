using Certfolio.Core.Binding;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Binding;

/// <summary>Values that would break a calendar, a feed or a command are positioned errors, never exceptions.</summary>
public sealed class HostileValueTests
{
    private static string Document(string title = "\"T\"", string date = "\"15.08.2024\"", string extra = "") =>
        $"---\ntitle: {title}\ndate: {date}\nprovider: \"Acme\"\n{extra}---\n\nBody.\n";

    private static Core.Portfolios.Portfolio CheckOne(string text)
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", text);
        return Check.Folder(temp.Root);
    }

    [Fact]
    public void Reports_a_carriage_return_in_a_verification_url_at_the_value_and_drops_the_url()
    {
        // Given a verificationUrl that would start a new line in calendar.ics
        var portfolio = CheckOne(Document(extra: "verificationUrl: \"https://x.test/\\r\\nSUMMARY:Call 555\"\n"));
        // Then it is a control-character error at the value, which names the character and not the injected text
        var message = portfolio.Single("CF0125", "certifications/x.md", 5, 18).Message;
        Assert.Equal("'verificationUrl' contains the control character U+000D (carriage return) (character 16 of the value); remove it", message);
        // And the credential keeps no URL for calendar or status to use
        Assert.Null(Assert.Single(portfolio.Credentials).VerificationUrl);
    }

    [Theory]
    [InlineData("\"Null\\0byte\"", "U+0000 (NUL)")]
    [InlineData("\"Bell\\a\"", "U+0007 (bell)")]
    [InlineData("\"Esc\\e[31m\"", "U+001B (escape)")]
    [InlineData("\"Del\\x7F\"", "U+007F (delete)")]
    [InlineData("\"C1\\x85\"", "U+0085 (next line)")]
    [InlineData("\"Line\\nfeed\"", "U+000A (line feed)")]
    [InlineData("\"Sep\\L\"", "U+2028 (line separator)")]
    public void Reports_control_characters_in_a_title_and_leaves_the_credential_out(string title, string named)
    {
        var portfolio = CheckOne(Document(title: title));
        Assert.Contains(named, portfolio.Single("CF0125", "certifications/x.md", 2, 8).Message);
        Assert.Empty(portfolio.Credentials);
    }

    [Fact]
    public void Allows_a_tab_in_any_value_and_line_feeds_in_a_description()
    {
        var portfolio = CheckOne(Document(title: "\"Tab\\there\"", extra: "description: |\n  One line\n  and another.\n"));
        portfolio.Clean();
    }

    [Fact]
    public void Reports_control_characters_in_skills_renewal_and_unknown_keys()
    {
        var portfolio = CheckOne(Document(extra: "skills: [\"A\\0\"]\nrenewal:\n  creditUnit: \"CPE\\r\"\nnotes: \"x\\u001B\"\n"));
        portfolio.At("CF0125", "certifications/x.md", 5, 10);
        portfolio.At("CF0125", "certifications/x.md", 7, 15);
        portfolio.At("CF0125", "certifications/x.md", 8, 8);
    }

    [Theory]
    [InlineData("\"١٥.٠٨.٢٠٢٤\"", "write it as '15.08.2024'")]
    [InlineData("\"２０２４-０８-１５\"", "write it as '15.08.2024'")]
    [InlineData("\"１５．０８．２０２４\"", "write it as '15.08.2024'")]
    [InlineData("\"۱۵.۰۸.۲۰۲۴\"", "write it as '15.08.2024'")]
    public void Reports_a_date_in_other_digits_with_the_text_to_write(string date, string advice)
    {
        var portfolio = CheckOne(Document(date: date));
        Assert.Contains(advice, portfolio.Single("CF0126", "certifications/x.md", 3, 7).Message);
    }

    [Fact]
    public void Reports_an_impossible_date_in_other_digits_as_not_a_date()
    {
        var portfolio = CheckOne(Document(date: "\"٣١.٠٢.٢٠٢٤\""));
        portfolio.Single("CF0106", "certifications/x.md", 3, 7);
    }

    [Theory]
    [InlineData("13/04/2024", "write it as '13.04.2024' (or ISO '2024-04-13')")]
    [InlineData("04/13/2024", "write it as '13.04.2024' (or ISO '2024-04-13')")]
    [InlineData("13-04-2024", "write it as '13.04.2024' (or ISO '2024-04-13')")]
    [InlineData("2025/01/15", "write it as '15.01.2025' (or ISO '2025-01-15')")]
    [InlineData("2025.01.15", "write it as '15.01.2025' (or ISO '2025-01-15')")]
    [InlineData("05/05/2024", "write it as '05.05.2024' (or ISO '2024-05-05')")]
    public void Says_what_to_write_for_a_date_in_another_layout_that_means_one_day(string date, string advice)
    {
        var portfolio = CheckOne(Document(date: date));
        Assert.Contains(advice, portfolio.Single("CF0127", "certifications/x.md", 3, 7).Message);
    }

    [Theory]
    [InlineData("13/13/2024")]
    [InlineData("2025/02/30")]
    public void Reports_a_date_in_another_layout_that_is_no_day_as_impossible(string date)
    {
        var portfolio = CheckOne(Document(date: date));
        portfolio.Single("CF0103", "certifications/x.md", 3, 7);
    }

    [Theory]
    [InlineData("\"31.12.9999\"", 9999)]
    [InlineData("\"0001-01-01\"", 1)]
    [InlineData("\"31.12.1899\"", 1899)]
    [InlineData("\"01.01.2200\"", 2200)]
    public void Reports_a_year_outside_1900_to_2199_at_the_value(string date, int year)
    {
        var portfolio = CheckOne(Document(extra: $"expiryDate: {date}\n"));
        Assert.Contains($"is in the year {year}; dates must fall in the years 1900 to 2199", portfolio.Single("CF0128", "certifications/x.md", 5, 13).Message);
    }

    [Theory]
    [InlineData("01.01.1900")]
    [InlineData("31.12.2199")]
    public void Reads_the_first_and_last_days_of_the_range(string date) =>
        Assert.NotNull(DateValue.TryParse(date));
}
