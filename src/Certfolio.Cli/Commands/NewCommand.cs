using System.ComponentModel;
using Certfolio.Cli.New;
using Certfolio.Cli.Output;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Files;
using Certfolio.Core.Portfolios;
using Certfolio.Interop.Importing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli.Commands;

public sealed class NewSettings : PortfolioSettings
{
    [CommandOption("--title <TITLE>")] [Description("Certification name.")] public string? Title { get; init; }
    [CommandOption("--provider <NAME>")] [Description("Issuing organisation.")] public string? Provider { get; init; }
    [CommandOption("--date <DATE>")] [Description("Issue date: dd.MM.yyyy or yyyy-MM-dd.")] public string? Date { get; init; }
    [CommandOption("--expiry <DATE>")] [Description("Expiry date, if it expires.")] public string? Expiry { get; init; }
    [CommandOption("--id <ID>")] [Description("Credential ID.")] public string? CredentialId { get; init; }
    [CommandOption("--url <URL>")] [Description("Verification URL (http or https).")] public string? Url { get; init; }
    [CommandOption("--skills <LIST>")] [Description("Comma-separated skills.")] public string? Skills { get; init; }
    [CommandOption("--level <LEVEL>")] [Description("Foundational, Associate, Professional, Specialty, Expert or your own.")] public string? Level { get; init; }
    [CommandOption("--logo <PATH>")] [Description("Logo path in the assets folder (/logos/x.svg) or URL.")] public string? Logo { get; init; }
    [CommandOption("--description <TEXT>")] [Description("One-paragraph summary.")] public string? Description { get; init; }
    [CommandOption("--no-input")] [Description("Never prompt, even in a terminal.")] public bool NoInput { get; init; }
}

/// <summary>
/// <c>certfolio new</c>: writes a document from options or prompts, only when check accepts it as written; never
/// overwrites a file. Every answer is judged by check's own rules on the document it would make (<see cref="NewDocumentPlan"/>).
/// </summary>
public sealed class NewCommand(IAnsiConsole console) : Command<NewSettings>
{
    public override int Execute(CommandContext context, NewSettings settings, CancellationToken cancellationToken)
    {
        var interactive = !settings.NoInput && console.Profile.Capabilities.Interactive && !Console.IsInputRedirected;
        var output = console.Profile.Out.Writer;
        var portfolio = new PortfolioLoader { Purpose = LoadPurpose.Report }.Load(settings.Path);
        var layout = portfolio.Layout;
        var (folder, refusals) = ContentFolderCheck.WritableFolder(layout.Root, portfolio.Config, "certifications");
        foreach (var refusal in refusals) output.WriteLine(TerminalText.Line(refusal));
        if (folder is null) return Fail("nothing was written", ExitCodes.ContentErrors);

        var plan = NewDocumentPlan.For(portfolio, folder);
        var given = Given(settings);
        var draft = interactive ? new NewQuestions(console, plan).Ask(given) : given;

        // `new` never replaces a file: a title whose document exists is refused before anything is judged.
        if (draft.Title is not null && File.Exists(plan.PathOf(draft)))
            return Fail($"{TerminalText.Escape(Path.GetRelativePath(Environment.CurrentDirectory, plan.PathOf(draft)))} already exists; nothing was written (edit it, or choose another --title)", ExitCodes.ContentErrors);

        // The text checked is the text written: every per-file rule of check and its rules across the portfolio.
        var check = plan.Check(draft);
        var file = check.Path;
        if (!check.IsClean)
        {
            foreach (var (field, diagnostic) in check.Problems)
            {
                output.WriteLine(field is not { } answer ? TerminalText.Line(diagnostic)
                    : TerminalText.Escape(interactive && given[answer] is null ? NewQuestions.Describe(answer, diagnostic) : Describe(answer, draft[answer], diagnostic)));
            }
            var missing = check.Problems.Where(p => p.Diagnostic.Descriptor == Descriptors.RequiredKeyMissing && p.Field is not null).Select(p => p.Field!.Value).Order().Select(Flag).ToArray();
            if (missing.Length > 0) return Fail($"missing {string.Join(", ", missing)} (or run in a terminal to be asked); nothing was written", ExitCodes.Usage);
            // A value given is the command line's fault; anything else (a clash the portfolio holds) is the content's.
            var usage = check.Problems.All(p => p.Field is not null);
            return Fail($"{check.RelativePath} was not written: check would reject it", usage ? ExitCodes.Usage : ExitCodes.ContentErrors);
        }

        var written = new AtomicFile().Create(file, check.Text);
        if (!written.Succeeded) return Fail(written.Describe(Path.GetRelativePath(Environment.CurrentDirectory, file)), ExitCodes.ContentErrors);
        output.WriteLine($"created {TerminalText.Escape(Path.GetRelativePath(Environment.CurrentDirectory, file))}");
        return ExitCodes.Success;
    }

    private static NewDocumentDraft Given(NewSettings settings) => new NewDocumentDraft()
        .With(DraftField.Title, settings.Title)
        .With(DraftField.Provider, settings.Provider)
        .With(DraftField.Date, settings.Date)
        .With(DraftField.Expiry, settings.Expiry)
        .With(DraftField.CredentialId, settings.CredentialId)
        .With(DraftField.VerificationUrl, settings.Url)
        .With(DraftField.Skills, settings.Skills)
        .With(DraftField.Level, settings.Level)
        .With(DraftField.Logo, settings.Logo)
        .With(DraftField.Description, settings.Description);

    /// <summary>The option that gives an answer.</summary>
    public static string Flag(DraftField field) => field switch
    {
        DraftField.Title => "--title",
        DraftField.Provider => "--provider",
        DraftField.Date => "--date",
        DraftField.Expiry => "--expiry",
        DraftField.CredentialId => "--id",
        DraftField.VerificationUrl => "--url",
        DraftField.Skills => "--skills",
        DraftField.Level => "--level",
        DraftField.Logo => "--logo",
        _ => "--description",
    };

    /// <summary>A problem at the option that gave the value, as check prints one at a line: <c>--expiry '2024-01-01': error CF0104: …</c>.</summary>
    public static string Describe(DraftField field, string? value, Diagnostic problem) =>
        $"{Flag(field)}{(value is null ? "" : $" '{value}'")}: {Diagnostic.Name(problem.Severity)} {problem.Id}: {problem.Message}";

    private static int Fail(string message, int exitCode)
    {
        Reporter.StandardError().Error(message);
        return exitCode;
    }
}
