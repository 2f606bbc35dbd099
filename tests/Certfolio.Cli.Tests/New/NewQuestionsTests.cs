using Certfolio.Cli.New;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Interop.Importing;
using Spectre.Console.Testing;

namespace Certfolio.Cli.Tests.New;

/// <summary>The prompts of new judge each answer as it is typed, by check's rules, and ask again: nothing is lost.</summary>
public sealed class NewQuestionsTests
{
    private static NewDocumentPlan Plan(params (string Path, string Content)[] files)
    {
        var folder = TempPortfolio.With(files);
        return NewDocumentPlan.For(new PortfolioLoader { Purpose = LoadPurpose.Report }.Load(folder), Path.Combine(folder, "certifications"));
    }

    private static TestConsole Answering(params string[] answers)
    {
        var console = new TestConsole().Interactive();
        foreach (var answer in answers) console.Input.PushTextWithEnter(answer);
        return console;
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_asked_again_at_once_before_the_next_question()
    {
        // Given answers with an impossible issue date, then a real one
        var console = Answering("CKA", "CNCF", "31.02.2025", "10.02.2025", "", "", "", "", "", "", "");

        // When the questions are asked
        var draft = new NewQuestions(console, Plan()).Ask(new NewDocumentDraft());

        // Then check's reason is shown right after the bad answer, before the expiry question, and the good answers are kept
        var output = console.Output;
        var refused = output.IndexOf($"error {Descriptors.ImpossibleDate.Id}", StringComparison.Ordinal);
        Assert.True(refused >= 0, output);
        Assert.True(refused < output.IndexOf("Expiry date", StringComparison.Ordinal), output);
        Assert.DoesNotContain("--date", output, StringComparison.Ordinal);
        Assert.Equal(new NewDocumentDraft { Title = "CKA", Provider = "CNCF", Date = "10.02.2025" }, draft);
    }

    [Fact]
    public void An_expiry_before_the_issue_date_is_asked_again_at_the_expiry_question()
    {
        // Given an expiry a year before the issue date, then a later one
        var console = Answering("CKA", "CNCF", "10.02.2025", "10.02.2024", "10.02.2028", "", "", "", "", "", "");

        // When the questions are asked
        var draft = new NewQuestions(console, Plan()).Ask(new NewDocumentDraft());

        // Then check's CF0104 is shown and the later expiry is kept
        Assert.Contains($"error {Descriptors.ExpiryBeforeIssue.Id}", console.Output, StringComparison.Ordinal);
        Assert.Equal("10.02.2028", draft.Expiry);
    }

    [Fact]
    public void An_empty_title_and_a_javascript_url_are_asked_again()
    {
        // Given an empty title and a javascript: URL, each followed by a usable answer
        var console = Answering("", "CKA", "CNCF", "10.02.2025", "", "", "javascript:alert(1)", "https://example.com/v", "", "", "", "");

        // When the questions are asked
        var draft = new NewQuestions(console, Plan()).Ask(new NewDocumentDraft());

        // Then both were refused with check's codes and the usable answers kept
        Assert.Contains($"error {Descriptors.RequiredKeyMissing.Id}", console.Output, StringComparison.Ordinal);
        Assert.Contains($"error {Descriptors.InvalidVerificationUrl.Id}", console.Output, StringComparison.Ordinal);
        Assert.Equal("CKA", draft.Title);
        Assert.Equal("https://example.com/v", draft.VerificationUrl);
    }

    [Fact]
    public void Asks_for_a_logo_and_a_description_and_refuses_a_logo_outside_the_assets_folder()
    {
        // Given a logo in the assets folder, a first answer that climbs out of it, and a description
        var plan = Plan(("public/logos/cncf.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        var console = Answering("CKA", "CNCF", "10.02.2025", "", "", "", "", "", "../secret.svg", "/logos/cncf.svg", "Kubernetes administration.");

        // When the questions are asked
        var draft = new NewQuestions(console, plan).Ask(new NewDocumentDraft());

        // Then the logo and description are asked for, the bad logo refused with check's CF0110, and both answers kept
        Assert.Contains("Logo", console.Output, StringComparison.Ordinal);
        Assert.Contains("Description", console.Output, StringComparison.Ordinal);
        Assert.Contains($"error {Descriptors.LogoOutsideAssets.Id}", console.Output, StringComparison.Ordinal);
        Assert.Equal("/logos/cncf.svg", draft.Logo);
        Assert.Equal("Kubernetes administration.", draft.Description);
        Assert.True(plan.Check(draft).IsClean);
    }

    [Fact]
    public void Does_not_ask_for_what_an_option_gave_but_asks_again_for_an_option_check_rejects()
    {
        // Given options for everything but the description, with an expiry before the issue date
        var given = new NewDocumentDraft { Title = "CKA", Provider = "CNCF", Date = "10.02.2025", Expiry = "10.02.2024", CredentialId = "LF-1",
            VerificationUrl = "https://example.com/v", Skills = "Kubernetes", Level = "Professional", Logo = "https://example.com/l.png" };
        var console = Answering("", "10.02.2028");

        // When the questions are asked
        var draft = new NewQuestions(console, Plan()).Ask(given);

        // Then only the description and the rejected expiry were asked
        Assert.DoesNotContain("Title", console.Output, StringComparison.Ordinal);
        Assert.Contains($"Expiry date: error {Descriptors.ExpiryBeforeIssue.Id}", console.Output, StringComparison.Ordinal);
        Assert.Equal(given with { Expiry = "10.02.2028" }, draft);
    }

    [Fact]
    public void A_title_whose_file_exists_is_asked_again()
    {
        // Given a portfolio that has certifications/cka.md
        var console = Answering("CKA", "CKA Kubernetes", "CNCF", "10.02.2025", "", "", "", "", "", "", "");

        // When the questions are asked
        var draft = new NewQuestions(console, Plan(("certifications/cka.md", "mine"))).Ask(new NewDocumentDraft());

        // Then the first title is refused before any other question
        Assert.Contains("certifications/cka.md already exists", console.Output, StringComparison.Ordinal);
        Assert.Equal("CKA Kubernetes", draft.Title);
    }
}
