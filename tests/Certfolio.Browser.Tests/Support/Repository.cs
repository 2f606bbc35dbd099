using System.Runtime.CompilerServices;

namespace Certfolio.Browser.Tests.Support;

/// <summary>Paths into the source tree, found from this file's compile-time path (build output may live elsewhere).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string ExamplePortfolio => Path.Combine(Root, "examples", "portfolio");

    /// <summary>Where screenshots go: git-ignored, kept after the run for people and CI to look at.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(Root, "test-artifacts", "browser")).FullName;

    private static string Find([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
