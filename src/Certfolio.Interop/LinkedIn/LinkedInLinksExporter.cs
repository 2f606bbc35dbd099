using System.Text;
using Certfolio.Core.Portfolios;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.Importing;

namespace Certfolio.Interop.LinkedIn;

/// <summary><c>export --to linkedin-links</c>: one "Add to profile" URL per credential, as a list.</summary>
public sealed class LinkedInLinksExporter : IExporter
{
    public const string DefaultFileName = "linkedin-links.txt";

    public string Format => "linkedin-links";

    public string Title => "LinkedIn links";

    public bool IsOwnOutput(string existing, string replacement) => CertfolioOutputs.IsLinkedInLinks(existing);

    public ExportResult Export(Portfolio portfolio, ExportOptions options)
    {
        var losses = new LossReport("LinkedIn's Add to profile link", portfolio.Credentials.Count);
        var text = new StringBuilder();
        foreach (var credential in portfolio.Credentials)
        {
            text.Append("- ").Append(credential.Title).Append('\n');
            text.Append("  ").Append(LinkedInAddToProfile.UrlFor(credential)).Append('\n');
            if (credential.Description is not null) losses.Lost("description", credential);
            if (credential.Skills.Count > 0) losses.Lost("skills", credential);
            if (credential.Level is not null) losses.Lost("level", credential);
            if (credential.Logo is not null) losses.Lost("logo", credential);
            if (CourseUrl.Of(credential) is not null) losses.Lost(CourseUrl.Key, credential);
            if (CredentialDates.PrecisionOf(credential) == DatePrecision.Day)
                losses.Lost("day of the dates (LinkedIn keeps month and year)", credential, "date");
        }
        return new ExportResult([new ExportFile(DefaultFileName, text.ToString())], losses.Diagnostics);
    }
}
