namespace Certfolio.Interop;

/// <summary>What an importer and an exporter have in common: the names a format goes by.</summary>
public interface IFormat
{
    /// <summary>The name <c>import --from</c> or <c>export --to</c> takes: <c>linkedin</c>, <c>jsonresume</c>.</summary>
    string Format { get; }

    /// <summary>The name people know the format by, for help text: <c>LinkedIn</c>, <c>JSON Resume</c>.</summary>
    string Title { get; }
}
