using System.Text;

namespace Certfolio.Interop.Importing;

/// <summary>Reads input files for an import, refusing what is too large or not UTF-8 with a clear message instead.</summary>
public static class ImportFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ImportInput? Read(string path, out ImportMessage? problem)
    {
        problem = null;
        var name = Path.GetFileName(path);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > ImportLimits.MaxFileBytes)
            {
                problem = ImportMessage.Error(name, $"the file is {length:N0} bytes, over the import limit of {ImportLimits.MaxFileBytes:N0} bytes; nothing was read from it");
                return null;
            }
            var text = StrictUtf8.GetString(File.ReadAllBytes(path));
            return new ImportInput(name, text);
        }
        catch (DecoderFallbackException)
        {
            problem = ImportMessage.Error(name, "the file is not UTF-8 text; nothing was read from it");
        }
        catch (IOException e)
        {
            problem = ImportMessage.Error(name, $"cannot read the file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            problem = ImportMessage.Error(name, $"cannot read the file: {e.Message}");
        }
        return null;
    }
}
