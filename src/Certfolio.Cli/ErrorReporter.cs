using Certfolio.Cli.Output;
using Spectre.Console.Cli;

namespace Certfolio.Cli;

/// <summary>Turns an unexpected exception into one readable line on standard error (the one <see cref="Reporter"/>) instead of a stack trace.</summary>
public static class ErrorReporter
{
    public static int Report(Exception exception, CommandSuggestion? suggestion = null)
    {
        var reporter = Reporter.StandardError();
        if (exception is CommandParseException or CommandRuntimeException)
        {
            var hint = suggestion?.For(exception.Message) is { } didYouMean ? " " + didYouMean : "";
            reporter.Labelled("error", exception.Message + hint);
            return ExitCodes.Usage;
        }
        reporter.Labelled("internal error", $"{exception.GetType().Name}: {exception.Message}");
        if (Environment.GetEnvironmentVariable("CERTFOLIO_DEBUG") == "1") reporter.DebugDetail(exception.ToString());
        return ExitCodes.ContentErrors;
    }
}
