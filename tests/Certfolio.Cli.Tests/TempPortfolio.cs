namespace Certfolio.Cli.Tests;

/// <summary>A throwaway portfolio folder written from (relative path, content) pairs.</summary>
public static class TempPortfolio
{
    public static string With(params (string Path, string Content)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "certfolio-cli-" + Guid.NewGuid().ToString("N"));
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }
        Directory.CreateDirectory(Path.Combine(root, "certifications"));
        return root;
    }
}
