using System.Runtime.CompilerServices;

namespace Certfolio.Cli.Tests;

public static class RepositoryRoot
{
    /// <summary>The checkout's root folder, from this source file's compile-time path (build output may live elsewhere).</summary>
    public static string Path { get; } = Find();

    private static string Find([CallerFilePath] string thisFile = "") =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(thisFile)!, "..", ".."));
}
