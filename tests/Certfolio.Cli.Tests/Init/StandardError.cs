namespace Certfolio.Cli.Tests.Init;

/// <summary>What a command writes to standard error (its "error:" lines), captured around one run.</summary>
public static class StandardError
{
    public static (T Result, string Error) Capture<T>(Func<T> run)
    {
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try
        {
            return (run(), error.ToString());
        }
        finally
        {
            Console.SetError(previous);
        }
    }
}
