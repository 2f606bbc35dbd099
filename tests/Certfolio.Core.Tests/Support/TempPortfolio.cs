using System.Text;

namespace Certfolio.Core.Tests.Support;

/// <summary>
/// A portfolio folder made at run time for inputs that do not belong in git: huge, binary,
/// CRLF-sensitive files and symbolic links. Deleted on dispose.
/// </summary>
public sealed class TempPortfolio : IDisposable
{
    public TempPortfolio()
    {
        Root = Directory.CreateTempSubdirectory("certfolio-test-").FullName;
        Directory.CreateDirectory(System.IO.Path.Combine(Root, "certifications"));
    }

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public TempPortfolio Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public TempPortfolio Write(string relative, byte[] bytes)
    {
        var full = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>Copies a committed fixture in, for cases that add a run-time file to it.</summary>
    public static TempPortfolio From(string fixture)
    {
        var portfolio = new TempPortfolio();
        var source = Repository.Fixture(fixture);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = portfolio.Path(System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return portfolio;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing dispose would hide the test's real outcome.
        }
    }
}
