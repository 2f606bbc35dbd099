namespace Certfolio.Interop.Importing;

public enum ImportActionKind
{
    /// <summary>A new document was (or, in a dry run, would be) written.</summary>
    Created,
    /// <summary>The credential is already there with the same values: nothing to do.</summary>
    Unchanged,
    /// <summary>The credential is there with different values; nothing changed (no <c>--force</c>).</summary>
    Differs,
    /// <summary>The changed keys were (or would be) rewritten in place (<c>--force</c>).</summary>
    Updated,
    /// <summary>The record was not imported; the diagnostics say why.</summary>
    Skipped,
    /// <summary>The same credential as an earlier record of this import: imported once, from the earlier record.</summary>
    Merged,
    /// <summary>The record shares an identifier with a document of another title or issuer: nothing written or created.</summary>
    Conflict,
}

/// <summary>What happened to one record. <see cref="Path"/> is relative to the portfolio root.</summary>
public sealed record ImportAction(ImportActionKind Kind, string Source, string? Path, IReadOnlyList<FieldChange> Changes)
{
    public string? Reason { get; init; }
}
