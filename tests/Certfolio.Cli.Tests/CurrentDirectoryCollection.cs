namespace Certfolio.Cli.Tests;

/// <summary>Tests that change the process's current folder (paths are printed relative to it) run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CurrentDirectoryCollection
{
    public const string Name = "current directory";

    /// <summary>Runs <paramref name="action"/> with the current folder set to <paramref name="directory"/>.</summary>
    public static T In<T>(string directory, Func<T> action)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = directory;
        try
        {
            return action();
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
