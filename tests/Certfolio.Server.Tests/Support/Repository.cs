using System.Runtime.CompilerServices;

namespace Certfolio.Server.Tests.Support;

/// <summary>Paths into the source tree, found from this file's compile-time path (build output may live elsewhere).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string ExamplePortfolio => Path.Combine(Root, "examples", "portfolio");

    private static string Find([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
