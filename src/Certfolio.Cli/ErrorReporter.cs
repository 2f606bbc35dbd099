using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli;

/// <summary>Turns an unexpected exception into one readable line instead of a stack trace.</summary>
public static class ErrorReporter
{
    public static int Report(Exception exception)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (exception is CommandParseException or CommandRuntimeException)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
            return ExitCodes.Usage;
        }
        console.MarkupLine($"[red]internal error:[/] {Markup.Escape(exception.GetType().Name)}: {Markup.Escape(exception.Message)}");
        if (Environment.GetEnvironmentVariable("CERTFOLIO_DEBUG") == "1") console.WriteLine(exception.ToString());
        return ExitCodes.ContentErrors;
    }
}
