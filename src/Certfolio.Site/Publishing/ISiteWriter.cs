namespace Certfolio.Site.Publishing;

/// <summary>
/// Where rendered files go: a folder on disk for <c>build</c>, memory for <c>serve</c>.
/// Paths are site-relative with forward slashes and no leading slash (<c>certifications/x/index.html</c>).
/// Implementations must accept concurrent writes from the parallel render stage.
/// </summary>
public interface ISiteWriter
{
    void Write(string sitePath, ReadOnlySpan<byte> content);

    /// <summary>Copies an existing file (an asset) into the site.</summary>
    void Copy(string sitePath, string sourceFile);

    /// <summary>Removes a file an earlier build wrote (an incremental rebuild after a document or term disappeared).</summary>
    void Delete(string sitePath);
}
