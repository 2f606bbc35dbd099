using Certfolio.Cli.Output;
using Certfolio.Core.Diagnostics;
using Certfolio.Interop.Importing;
using Spectre.Console;

namespace Certfolio.Cli.New;

/// <summary>
/// Asks, in a terminal, for each answer of <c>certfolio new</c> an option did not give. Every answer is checked as it is
/// typed, by check's own rules on the document it would make (<see cref="NewDocumentPlan.Check"/>), and asked again
/// until check accepts it: no answer is lost to a later mistake.
/// </summary>
public sealed class NewQuestions(IAnsiConsole console, NewDocumentPlan plan)
{
    /// <summary>Rounds of asking again for answers an earlier one made wrong (an issue date moved past the expiry).</summary>
    private const int MaxRounds = 3;

    /// <summary>How a prompt asks for an answer.</summary>
    public static string Question(DraftField field) => field switch
    {
        DraftField.Title => "Title:",
        DraftField.Provider => "Provider:",
        DraftField.Date => "Issue date (dd.MM.yyyy or yyyy-MM-dd):",
        DraftField.Expiry => "Expiry date (empty if it does not expire):",
        DraftField.CredentialId => "Credential ID (optional):",
        DraftField.VerificationUrl => "Verification URL, http or https (optional):",
        DraftField.Skills => "Skills, comma-separated (optional):",
        DraftField.Level => "Level (optional):",
        DraftField.Logo => "Logo: a file in the assets folder (/logos/x.svg) or an https URL (optional):",
        _ => "Description, one paragraph (optional):",
    };

    /// <summary>
    /// The draft with every answer <paramref name="given"/> lacks asked for, and any answer check still rejects once all
    /// are in (one given as an option, or one a later answer made wrong) asked again.
    /// </summary>
    public NewDocumentDraft Ask(NewDocumentDraft given)
    {
        var draft = given;
        foreach (var field in NewDocumentDraft.Fields.Where(f => given[f] is null)) draft = AskFor(draft, field);
        for (var round = 0; round < MaxRounds; round++)
        {
            var check = plan.Check(draft);
            // A problem about no answer (the content folder, a file already there) is not asked about: the command reports it.
            if (check.IsClean || check.Problems.Any(p => p.Field is null)) return draft;
            foreach (var field in check.Problems.Select(p => p.Field!.Value).Distinct())
            {
                foreach (var problem in check.About(field)) console.MarkupLine($"[red]{TerminalText.Markup(Describe(field, problem))}[/]");
                draft = AskFor(draft.With(field, null), field);
            }
        }
        return draft;
    }

    /// <summary>What a prompt asks for, in short: <c>Expiry date</c>.</summary>
    public static string Label(DraftField field) => field switch
    {
        DraftField.Date => "Issue date",
        DraftField.Expiry => "Expiry date",
        DraftField.VerificationUrl => "Verification URL",
        _ => Question(field).Split([':', ','], 2)[0].Replace(" (optional)", "", StringComparison.Ordinal),
    };

    /// <summary>A problem in the words of the prompt: <c>Expiry date: error CF0104: …</c>.</summary>
    public static string Describe(DraftField field, Diagnostic problem) =>
        $"{Label(field)}: {Diagnostic.Name(problem.Severity)} {problem.Id}: {problem.Message}";

    private NewDocumentDraft AskFor(NewDocumentDraft draft, DraftField field)
    {
        var question = new TextPrompt<string>(Question(field))
            .AllowEmpty()
            .Validate(answer => Problem(draft.With(field, answer), field) is { } problem
                ? ValidationResult.Error(TerminalText.Markup(problem))
                : ValidationResult.Success());
        return draft.With(field, console.Prompt(question));
    }

    /// <summary>What is wrong with the answer to <paramref name="field"/> in <paramref name="draft"/>, or null.</summary>
    private string? Problem(NewDocumentDraft draft, DraftField field)
    {
        var check = plan.Check(draft);
        if (check.About(field) is [var first, ..]) return $"{Diagnostic.Name(first.Severity)} {first.Id}: {first.Message}";
        // new never overwrites: say so while the title can still be changed, not after every other question.
        if (field == DraftField.Title && draft.Title is not null && File.Exists(check.Path))
            return $"{check.RelativePath} already exists, and new never overwrites a file: give another title";
        return null;
    }
}
