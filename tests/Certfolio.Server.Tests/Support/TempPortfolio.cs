using System.Text;

namespace Certfolio.Server.Tests.Support;

/// <summary>A writable copy of a portfolio in a temporary folder (inside a parent holding a "secret" file), deleted on dispose.</summary>
public sealed class TempPortfolio : IDisposable
{
    /// <summary>Text of a file next to (outside) the portfolio: no response may ever contain it.</summary>
    public const string SecretText = "TOP-SECRET-7f3c9a";

    private readonly string _parent;

    private TempPortfolio(string parent, string root)
    {
        _parent = parent;
        Root = root;
    }

    public string Root { get; }

    public static TempPortfolio CopyOfExample() => CopyOf(Repository.ExamplePortfolio);

    public static TempPortfolio CopyOf(string source)
    {
        var parent = Directory.CreateTempSubdirectory("certfolio-serve-").FullName;
        File.WriteAllText(Path.Combine(parent, "secret.txt"), SecretText);
        var root = Path.Combine(parent, "portfolio");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(s => s is "_site" || s.StartsWith('.'))) continue;
            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return new TempPortfolio(parent, root);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_parent, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing dispose would hide the test's real outcome.
        }
    }
}
