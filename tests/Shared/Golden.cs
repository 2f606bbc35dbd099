using System.Runtime.CompilerServices;

namespace Certfolio.Tests.Shared;

/// <summary>
/// Shared by the test projects (linked into each). Golden files live beside the calling test (<c>Golden/NAME.expected.txt</c>). On a mismatch the actual output is
/// written to <c>Golden/NAME.actual.txt</c> to diff; to accept new output, run the tests with
/// <c>CERTFOLIO_ACCEPT=1</c>, which overwrites the expected files, and review the diff before committing.
/// </summary>
public static class Golden
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Golden");
        var expectedPath = Path.Combine(folder, name + ".expected.txt");
        var actualPath = Path.Combine(folder, name + ".actual.txt");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("CERTFOLIO_ACCEPT") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : "";
        if (expected == actual)
        {
            if (File.Exists(actualPath)) File.Delete(actualPath);
            return;
        }
        File.WriteAllText(actualPath, actual);
        Assert.Fail($"output differs from {expectedPath}; see {actualPath} (accept with CERTFOLIO_ACCEPT=1)");
    }
}
