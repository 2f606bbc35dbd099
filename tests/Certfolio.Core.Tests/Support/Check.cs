using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;

namespace Certfolio.Core.Tests.Support;

/// <summary>Loads portfolios and asserts on their diagnostics by code, file and position.</summary>
public static class Check
{
    public static Portfolio Fixture(string name) => new PortfolioLoader().Load(Repository.Fixture(name));

    public static Portfolio Folder(string path) => new PortfolioLoader().Load(path);

    /// <summary>Asserts exactly one diagnostic with this code in this file, at this position and severity.</summary>
    public static Diagnostic Single(this Portfolio portfolio, string code, string file, int line, int column, Severity severity = Severity.Error)
    {
        var matches = portfolio.Diagnostics.Where(d => d.Id == code && d.Location.FilePath == file).ToArray();
        Assert.True(matches.Length == 1, $"expected one {code} in {file}, got:\n{Describe(portfolio)}");
        var diagnostic = matches[0];
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(severity, diagnostic.Severity);
        return diagnostic;
    }

    /// <summary>Asserts a diagnostic with this code at this position, where the file has several of that code.</summary>
    public static Diagnostic At(this Portfolio portfolio, string code, string file, int line, int column, Severity severity = Severity.Error)
    {
        var diagnostic = portfolio.Diagnostics.SingleOrDefault(d => d.Id == code && (d.Location.FilePath, d.Location.Line, d.Location.Column) == (file, line, column));
        Assert.True(diagnostic is not null, $"expected {code} at {file}:{line}:{column}, got:\n{Describe(portfolio)}");
        Assert.Equal(severity, diagnostic.Severity);
        return diagnostic;
    }

    /// <summary>Asserts the file produced exactly these codes, nothing else.</summary>
    public static void Only(this Portfolio portfolio, string file, params string[] codes) =>
        Assert.True(
            portfolio.Diagnostics.Where(d => d.Location.FilePath == file).Select(d => d.Id).Order().SequenceEqual(codes.Order()),
            $"expected [{string.Join(", ", codes)}] in {file}, got:\n{Describe(portfolio)}");

    public static void Clean(this Portfolio portfolio) =>
        Assert.True(portfolio.Diagnostics.Count == 0, $"expected no diagnostics, got:\n{Describe(portfolio)}");

    public static string Describe(Portfolio portfolio) => string.Join("\n", portfolio.Diagnostics.Select(d => d.ToString()));
}
