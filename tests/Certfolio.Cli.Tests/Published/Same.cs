namespace Certfolio.Cli.Tests.Published;

/// <summary>Assertions that the published binary did exactly what the in-process run did.</summary>
public static class Same
{
    /// <summary>The same exit code, standard output and standard error.</summary>
    public static void Output(CliRun inProcess, CliRun published)
    {
        Assert.True(inProcess.ExitCode == published.ExitCode, $"exit codes differ\nin process: {inProcess}\npublished: {published}");
        Assert.Equal(inProcess.Stdout, published.Stdout);
        Assert.Equal(inProcess.Stderr, published.Stderr);
    }

    /// <summary>The same files and folders under both roots, every file byte for byte.</summary>
    public static void Tree(string inProcess, string published)
    {
        var expected = Listing(inProcess);
        Assert.Equal(expected, Listing(published));
        foreach (var relative in expected.Where(r => System.IO.File.Exists(Path.Combine(inProcess, r))))
        {
            var same = System.IO.File.ReadAllBytes(Path.Combine(inProcess, relative)).AsSpan().SequenceEqual(System.IO.File.ReadAllBytes(Path.Combine(published, relative)));
            Assert.True(same, $"{relative} differs between the in-process and the published run");
        }
    }

    /// <summary>Every file and folder under <paramref name="root"/>, relative, folders ending in '/', in ordinal order.</summary>
    public static string[] Listing(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path) + (Directory.Exists(path) ? "/" : ""))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
