using Spectre.Console;

namespace Certfolio.Cli.Init;

/// <summary>The answers init needs, as typed in a terminal or given as options (null when neither).</summary>
public sealed record InitChoices(string? Name, string? Title, string? DateFormat, string? Ci);

/// <summary>
/// Asks, in a terminal, for each answer an option did not give. Every prompt validates as it is typed, with the
/// rule the option is checked by, and asks again until the answer is usable: no answer is lost to a later mistake.
/// </summary>
public sealed class InitQuestions(IAnsiConsole console)
{
    public InitChoices Ask(InitChoices given)
    {
        var name = given.Name ?? Ask("Your name:", null, answer => InitAnswerRules.Text("the name", answer));
        var title = given.Title ?? Ask("Site title:", InitDefaults.Title(name), answer => InitAnswerRules.Text("the title", answer));
        var dateFormat = given.DateFormat ?? Ask($"Date format ({string.Join(" or ", InitAnswerRules.DateFormats)}):", InitAnswerRules.DateFormats[0], InitAnswerRules.DateFormat);
        var ci = given.Ci ?? Ask($"CI ({string.Join(", ", CiTemplates.Names)}):", CiTemplates.Names[0], InitAnswerRules.Ci);
        return new InitChoices(name, title, dateFormat, ci);
    }

    private string Ask(string prompt, string? defaultValue, Func<string, string?> rule)
    {
        var question = new TextPrompt<string>(prompt)
            .Validate(answer => rule(answer) is { } problem ? ValidationResult.Error(Markup.Escape(problem)) : ValidationResult.Success());
        if (defaultValue is not null) question.DefaultValue(defaultValue);
        return console.Prompt(question).Trim();
    }
}

/// <summary>What init takes when nothing is said.</summary>
public static class InitDefaults
{
    public static string Title(string name) => $"{name.Trim()} · Certifications";

    /// <summary>Fills what is still missing (the name cannot be guessed and stays null).</summary>
    public static InitChoices Fill(InitChoices choices) => choices with
    {
        Title = choices.Title ?? (choices.Name is { } name ? Title(name) : null),
        DateFormat = choices.DateFormat ?? InitAnswerRules.DateFormats[0],
        Ci = choices.Ci ?? CiTemplates.Names[0],
    };
}
