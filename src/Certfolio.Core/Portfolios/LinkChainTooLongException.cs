namespace Certfolio.Core.Portfolios;

/// <summary>A path that passes through more symbolic links than Certfolio follows (a loop, or a chain made to exhaust it).</summary>
public sealed class LinkChainTooLongException(string path, int limit)
    : IOException($"'{path}' passes through more than {limit} symbolic links");
