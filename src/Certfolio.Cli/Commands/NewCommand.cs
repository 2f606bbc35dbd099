using System.ComponentModel;
using Certfolio.Cli.Output;
using Certfolio.Core.Binding;
using Certfolio.Core.Files;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Validation;
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

/// <summary><c>certfolio new</c>: writes a valid document from options or prompts; never overwrites a file.</summary>
public sealed class NewCommand(IAnsiConsole console) : Command<NewSettings>
{
    public override int Execute(CommandContext context, NewSettings settings, CancellationToken cancellationToken)
    {
        var interactive = !settings.NoInput && console.Profile.Capabilities.Interactive && !Console.IsInputRedirected;
        string? Ask(string? given, string prompt, bool required)
        {
            if (given is not null || !interactive) return given;
            var question = new TextPrompt<string>(prompt);
            if (!required) question.AllowEmpty();
            var answer = console.Prompt(question).Trim();
            return answer.Length == 0 ? null : answer;
        }

        var title = Ask(settings.Title, "Title:", true);
        var provider = Ask(settings.Provider, "Provider:", true);
        var date = Ask(settings.Date, "Issue date (dd.MM.yyyy):", true);
        var expiry = Ask(settings.Expiry, "Expiry date (empty if it does not expire):", false);
        var id = Ask(settings.CredentialId, "Credential ID (optional):", false);
        var url = Ask(settings.Url, "Verification URL (optional):", false);
        var skills = Ask(settings.Skills, "Skills, comma-separated (optional):", false);
        var level = Ask(settings.Level, "Level (optional):", false);

        var missing = new[] { ("--title", title), ("--provider", provider), ("--date", date) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToArray();
        if (missing.Length > 0) return Fail($"missing {string.Join(", ", missing)} (or run in a terminal to be asked)", ExitCodes.Usage);
        if (DateValue.TryParse(date!) is not { } issued) return Fail($"--date '{date}' is not a date (dd.MM.yyyy or yyyy-MM-dd)", ExitCodes.Usage);
        DateOnly? expires = null;
        if (expiry is not null)
        {
            expires = DateValue.TryParse(expiry);
            if (expires is null) return Fail($"--expiry '{expiry}' is not a date (dd.MM.yyyy or yyyy-MM-dd)", ExitCodes.Usage);
        }

        var portfolio = new PortfolioLoader { Purpose = LoadPurpose.Report }.Load(settings.Path);
        // The same writer as import, so keys follow the portfolio's fields: map and quoting is done once.
        var text = NewDocumentWriter.Write(new ImportedCredential
        {
            Source = "certfolio new",
            Title = title!.Trim(),
            Provider = provider!.Trim(),
            Issued = issued,
            Expires = expires,
            CredentialId = id,
            VerificationUrl = url,
            Skills = skills?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            Level = level is null ? null : Levels.Normalise(level),
            Logo = settings.Logo,
            Description = settings.Description,
        }, portfolio.Config.Fields);
        var layout = portfolio.Layout;
        var (folder, refusals) = ContentFolderCheck.WritableFolder(layout.Root, portfolio.Config, "certifications");
        foreach (var refusal in refusals) console.Profile.Out.Writer.WriteLine(TerminalText.Line(refusal));
        if (folder is null) return Fail("nothing was written", ExitCodes.ContentErrors);
        var file = Path.Combine(folder, Slug.ForFileName(title.Trim()) + ".md");

        // Every per-file rule of check, so new never writes a document check then rejects.
        var validation = new ValidationContext(layout with { ContentDirectory = folder }, portfolio.Config, new AssetResolver(layout.AssetsDirectory, layout.Root, PhysicalFileSystem.Instance));
        var errors = NewDocumentCheck.Errors(file, layout.Relative(file), text, validation);
        foreach (var diagnostic in errors) console.Profile.Out.Writer.WriteLine(TerminalText.Line(diagnostic));
        if (errors.Count > 0) return Fail($"{layout.Relative(file)} was not written: check would reject it", ExitCodes.ContentErrors);

        var written = new AtomicFile().Create(file, text);
        if (!written.Succeeded) return Fail(written.Describe(Path.GetRelativePath(Environment.CurrentDirectory, file)), ExitCodes.ContentErrors);
        console.Profile.Out.Writer.WriteLine($"created {TerminalText.Escape(Path.GetRelativePath(Environment.CurrentDirectory, file))}");
        return ExitCodes.Success;
    }

    private static int Fail(string message, int exitCode)
    {
        Reporter.StandardError().Error(message);
        return exitCode;
    }
}
