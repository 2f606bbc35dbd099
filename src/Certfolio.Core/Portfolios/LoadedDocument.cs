using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;

namespace Certfolio.Core.Portfolios;

/// <summary>
/// One document after Parse → Bind → Validate: its document as the load's purpose keeps it (none for a report), its
/// credential when it bound, and its own diagnostics, each quoting its line.
/// </summary>
public sealed record LoadedDocument(string Path, Document? Document, Credential? Credential, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The document as an invalid one, when it did not load as a credential (found once, when it was loaded).</summary>
    public InvalidDocument? Invalid { get; init; }
}
