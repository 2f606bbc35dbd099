using Certfolio.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli;

/// <summary>Turns an unexpected exception into one readable line instead of a stack trace.</summary>
public static class ErrorReporter
{
    public static int Report(Exception exception, CommandSuggestion? suggestion = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (exception is CommandParseException or CommandRuntimeException)
        {
            var hint = suggestion?.For(exception.Message) is { } didYouMean ? " " + didYouMean : "";
            console.MarkupLine($"[red]error:[/] {TerminalText.Markup(exception.Message + hint)}");
            return ExitCodes.Usage;
        }
        console.MarkupLine($"[red]internal error:[/] {TerminalText.Markup(exception.GetType().Name)}: {TerminalText.Markup(exception.Message)}");
        if (Environment.GetEnvironmentVariable("CERTFOLIO_DEBUG") == "1") console.WriteLine(exception.ToString());
        return ExitCodes.ContentErrors;
    }
}
