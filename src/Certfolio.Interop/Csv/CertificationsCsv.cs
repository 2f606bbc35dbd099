namespace Certfolio.Interop.Csv;

/// <summary>The columns of LinkedIn's <c>Certifications.csv</c>, verbatim, and the extra columns Certfolio adds after them.</summary>
public static class CertificationsCsv
{
    public const string Name = "Name";
    public const string Url = "Url";
    public const string Authority = "Authority";
    public const string StartedOn = "Started On";
    public const string FinishedOn = "Finished On";
    public const string LicenseNumber = "License Number";

    public const string IssuedIso = "Issued (ISO)";
    public const string ExpiresIso = "Expires (ISO)";
    public const string Skills = "Skills";
    public const string Level = "Level";
    public const string Status = "Status";

    /// <summary>LinkedIn's header: <c>Name,Url,Authority,Started On,Finished On,License Number</c>.</summary>
    public static readonly IReadOnlyList<string> LinkedInColumns = [Name, Url, Authority, StartedOn, FinishedOn, LicenseNumber];

    public static readonly IReadOnlyList<string> ExtraColumns = [IssuedIso, ExpiresIso, Skills, Level, Status];

    /// <summary>Skills are one cell, separated by this.</summary>
    public const string SkillSeparator = "; ";
}
