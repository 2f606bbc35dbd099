namespace Certfolio.Interop.Importing;

/// <summary>Reads one foreign format into <see cref="ImportedCredential"/>s. One implementation per format folder.</summary>
public interface IImporter : IFormat
{
    /// <summary>
    /// Reads the files of one import (a paged export comes as several). Never throws for bad input:
    /// a malformed file becomes a diagnostic at its row or JSON path and contributes no records.
    /// </summary>
    IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs);

    /// <summary>The same, for an import with options a format may take (<see cref="ImportOptions.IncludeAwards"/>); most formats take none.</summary>
    IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs, ImportOptions options) => Read(inputs);
}

/// <summary>One input file: the name used in messages and its text.</summary>
public sealed record ImportInput(string Name, string Text);
