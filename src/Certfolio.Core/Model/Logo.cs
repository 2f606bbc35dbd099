namespace Certfolio.Core.Model;

/// <summary>A credential's logo: a file inside the assets folder, or an absolute http(s) URL.</summary>
public sealed record Logo(string Value, bool IsUrl)
{
    /// <summary>For an asset: its path relative to the assets root with forward slashes, no leading slash.</summary>
    public string AssetPath => IsUrl ? throw new InvalidOperationException("a URL logo has no asset path") : Value.TrimStart('/');
}
