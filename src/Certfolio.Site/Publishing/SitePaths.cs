namespace Certfolio.Site.Publishing;

/// <summary>Checks that a site path is relative, uses forward slashes and cannot climb out of the output folder.</summary>
public static class SitePaths
{
    public static string Validate(string sitePath)
    {
        if (string.IsNullOrEmpty(sitePath) || sitePath.StartsWith('/') || sitePath.Contains('\\') || sitePath.Contains('\0'))
            throw new ArgumentException($"'{sitePath}' is not a site-relative path", nameof(sitePath));
        foreach (var segment in sitePath.Split('/'))
        {
            if (segment is "" or "." or "..")
                throw new ArgumentException($"'{sitePath}' has an empty, '.' or '..' segment", nameof(sitePath));
        }
        return sitePath;
    }
}
