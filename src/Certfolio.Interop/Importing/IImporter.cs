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

    /// <summary>What this format's files are called where <c>import</c> says what it detected: <c>LinkedIn CSV</c>.</summary>
    string InputTitle => Title;

    /// <summary>
    /// True when <paramref name="sample"/> looks like this format (its content, the file name as a hint), so
    /// <c>import</c> can do without <c>--from</c>. Cheap and certain rather than clever: a false "no" only asks for <c>--from</c>.
    /// </summary>
    bool Recognises(ImportSample sample) => false;
}

/// <summary>One input file: the name used in messages and its text.</summary>
public sealed record ImportInput(string Name, string Text);
