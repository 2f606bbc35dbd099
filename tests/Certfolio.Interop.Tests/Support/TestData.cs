using Certfolio.Interop.Importing;

namespace Certfolio.Interop.Tests.Support;

/// <summary>The fixtures under Data/, copied beside the test assembly.</summary>
public static class TestData
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Data", relative);

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    public static ImportInput Input(string relative) => new(Path.GetFileName(relative), Text(relative));

    public static string ReferenceDocument => Text("reference/aws-devops-professional.md");

    /// <summary>The day the tests take as today.</summary>
    public static readonly DateOnly Today = new(2026, 1, 15);
}
