namespace Certfolio.Interop.Importing;

/// <summary>Bounds on input files, so a wrong or hostile file costs neither memory nor minutes.</summary>
public static class ImportLimits
{
    /// <summary>16 MiB: a LinkedIn or Credly export of thousands of credentials is a few hundred KiB.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Records per file; far above any real export.</summary>
    public const int MaxRecords = 10_000;

    /// <summary>JSON nesting depth accepted by the JSON readers.</summary>
    public const int MaxJsonDepth = 64;
}
