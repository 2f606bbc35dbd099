using Certfolio.Core.Portfolios;

namespace Certfolio.Cli.Output;

/// <summary>
/// The standard-error list of documents that did not load, for commands that report on the ones that did (status,
/// calendar): one compiler-style line per document, its first error, so a CI log shows why an alert is raised.
/// </summary>
public static class InvalidDocumentsReport
{
    /// <param name="output">Standard error.</param>
    /// <param name="documents">Each document, with the folder its path is relative to ("" for the portfolio itself).</param>
    /// <param name="command">The command's name, for the heading.</param>
    public static void Write(TextWriter output, IReadOnlyList<(string Folder, InvalidDocument Document)> documents, string command)
    {
        if (documents.Count == 0) return;
        var count = documents.Count == 1 ? "1 document" : $"{documents.Count} documents";
        output.WriteLine($"error: {count} did not load; {command} lists {(documents.Count == 1 ? "it" : "them")} as invalid ('certfolio check' explains):");
        foreach (var (folder, document) in documents) output.WriteLine("  " + TerminalText.Escape(folder) + TerminalText.Line(document.FirstError));
    }
}
