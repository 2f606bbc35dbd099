namespace Certfolio.Site.Publishing;

/// <summary>
/// Where rendered files go: a folder on disk for <c>build</c>, memory for <c>serve</c>.
/// Paths are site-relative with forward slashes and no leading slash (<c>certifications/x/index.html</c>).
/// Implementations must accept concurrent writes from the parallel render stage.
/// </summary>
public interface ISiteWriter
{
    void Write(string sitePath, ReadOnlySpan<byte> content);

    /// <summary>
    /// Writes an array the caller hands over and never changes again, so a writer that keeps files in memory can
    /// keep this one as it is rather than copy it (the site-wide files are megabytes at 10,000 credentials).
    /// </summary>
    void WriteOwned(string sitePath, byte[] content) => Write(sitePath, content);

    /// <summary>Copies an existing file (an asset) into the site.</summary>
    void Copy(string sitePath, string sourceFile);

    /// <summary>Removes a file an earlier build wrote (an incremental rebuild after a document or term disappeared).</summary>
    void Delete(string sitePath);
}
