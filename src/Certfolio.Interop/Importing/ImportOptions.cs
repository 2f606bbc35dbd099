namespace Certfolio.Interop.Importing;

/// <summary>How an import treats what it finds: <see cref="Force"/> rewrites changed keys, <see cref="DryRun"/> writes nothing, <see cref="IncludeAwards"/> reads more.</summary>
public sealed record ImportOptions
{
    public bool Force { get; init; }
    public bool DryRun { get; init; }
    /// <summary>JSON Resume: import <c>awards</c> as credentials too (older resumes list certifications there).</summary>
    public bool IncludeAwards { get; init; }

    /// <summary>The folder created for new documents when the portfolio has no content folder yet.</summary>
    public const string DefaultContentFolder = "certifications";
}
