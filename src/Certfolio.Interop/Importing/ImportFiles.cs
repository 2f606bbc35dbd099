using System.Text;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Interop.Importing;

/// <summary>Reads input files for an import, refusing what is too large or not UTF-8 with a diagnostic instead.</summary>
public static class ImportFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file as an input named by its file name, or null and the <paramref name="problem"/> (CF0701, CF0702, CF0901).</summary>
    public static ImportInput? Read(string path, out Diagnostic? problem)
    {
        problem = null;
        var name = Path.GetFileName(path);
        var file = SourceLocation.FileStart(name);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > ImportLimits.MaxFileBytes)
            {
                problem = Diagnostic.Create(Descriptors.ImportFileTooLarge, file, length, ImportLimits.MaxFileBytes);
                return null;
            }
            var text = StrictUtf8.GetString(File.ReadAllBytes(path));
            return new ImportInput(name, text);
        }
        catch (DecoderFallbackException)
        {
            problem = Diagnostic.Create(Descriptors.ImportFileNotUtf8, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = Diagnostic.Create(Descriptors.Unreadable, file, e.Message);
        }
        return null;
    }
}
