using System.Text.Json;
using Certfolio.Interop.Json;

namespace Certfolio.Interop.Importing;

/// <summary>
/// What the format detectors look at in one input: its file name (a hint), its text and, when the text is JSON, its
/// parsed root, read once for every detector.
/// </summary>
public sealed class ImportSample : IDisposable
{
    private readonly JsonDocument? _json;

    public ImportSample(ImportInput input)
    {
        Input = input;
        Text = input.Text.TrimStart('\uFEFF').TrimStart();
        if (Text.StartsWith('{') || Text.StartsWith('[')) _json = JsonInput.TryParse(Text);
        var end = Text.IndexOfAny(['\r', '\n']);
        FirstLine = end < 0 ? Text : Text[..end];
    }

    public ImportInput Input { get; }

    /// <summary>The text without a byte order mark and leading white space.</summary>
    public string Text { get; }

    /// <summary>The first line of <see cref="Text"/> (a CSV header).</summary>
    public string FirstLine { get; }

    /// <summary>The file name, for the hints a name gives (<c>Certifications.csv</c>, <c>badges.json</c>).</summary>
    public string FileName => Path.GetFileName(Input.Name);

    /// <summary>The JSON root when the text is valid JSON, else null.</summary>
    public JsonElement? Json => _json?.RootElement;

    public void Dispose() => _json?.Dispose();
}
