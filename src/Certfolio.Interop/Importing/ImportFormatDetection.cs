using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Interop.Importing;

/// <summary>Which importer reads an import, and the inputs it is given; <see cref="Importer"/> is null when none could be chosen.</summary>
/// <param name="Detected">True when the format was recognised in the files, not named by <c>--from</c>.</param>
/// <param name="Problems">Inputs set aside (CF0709 another format) or why no format was chosen (CF0700).</param>
public sealed record FormatDetection(IImporter? Importer, bool Detected, IReadOnlyList<ImportInput> Inputs, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Tells the import formats apart by content (each importer's <see cref="IImporter.Recognises"/>, the file name a hint),
/// so <c>import</c> needs no <c>--from</c> for a file that says what it is, and a file of another format than the one
/// named is told as such instead of with a parser's message.
/// </summary>
public static class ImportFormatDetection
{
    /// <summary>The first registered format <paramref name="input"/> looks like, or null.</summary>
    public static IImporter? Recognise(FormatCatalog<IImporter> importers, ImportInput input)
    {
        using var sample = new ImportSample(input);
        return Recognise(importers, sample, null);
    }

    /// <summary>
    /// The importer for <paramref name="inputs"/>: <paramref name="named"/> when given (<c>--from</c> overrides), else the
    /// format of the first input recognised. Any input that looks like another format than the one chosen, and not like
    /// the chosen one, is set aside with CF0709, which names the format it looks like.
    /// </summary>
    public static FormatDetection Choose(FormatCatalog<IImporter> importers, IReadOnlyList<ImportInput> inputs, IImporter? named)
    {
        var looks = new IImporter?[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            using var sample = new ImportSample(inputs[i]);
            looks[i] = Recognise(importers, sample, named);
        }
        var importer = named ?? looks.FirstOrDefault(l => l is not null);
        if (importer is null)
        {
            var problems = inputs.Select(input => Diagnostic.Create(Descriptors.FormatNotRecognised, SourceLocation.FileStart(input.Name), importers.NamesAsChoice)).ToArray();
            return new FormatDetection(null, false, [], problems);
        }

        var readable = new List<ImportInput>();
        var setAside = new List<Diagnostic>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (looks[i] is { } other && other != importer)
                setAside.Add(Diagnostic.Create(Descriptors.InputOfAnotherFormat, SourceLocation.FileStart(inputs[i].Name), WithArticle(other.InputTitle), WithArticle(importer.InputTitle), other.Format));
            else readable.Add(inputs[i]);
        }
        return new FormatDetection(importer, named is null, readable, setAside);
    }

    /// <summary><c>a LinkedIn CSV</c>, <c>an Open Badges credential</c>.</summary>
    private static string WithArticle(string title) => ("AEIOU".Contains(title[0], StringComparison.Ordinal) ? "an " : "a ") + title;

    private static IImporter? Recognise(FormatCatalog<IImporter> importers, ImportSample sample, IImporter? preferred)
    {
        // The format named is asked first: a file it reads is never set aside because another format claims it too.
        if (preferred is not null && preferred.Recognises(sample)) return preferred;
        return importers.All.FirstOrDefault(importer => importer.Recognises(sample));
    }
}
