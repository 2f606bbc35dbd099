using Certfolio.Core.Diagnostics;

namespace Certfolio.Interop.Importing;

/// <summary>
/// What an importer made of one file. When <see cref="IsMalformed"/> the file as a whole was unusable
/// (bad quoting, wrong columns, JSON of the wrong shape, too large): its records are empty and nothing is written for it.
/// </summary>
public sealed record ImportReadResult(IReadOnlyList<ImportedCredential> Records, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsMalformed { get; init; }

    public static ImportReadResult Malformed(Diagnostic problem) => new([], [problem]) { IsMalformed = true };
}
