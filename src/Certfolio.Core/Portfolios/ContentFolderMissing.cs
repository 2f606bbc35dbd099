using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Core.Portfolios;

/// <summary>
/// CF0202 where the fix is: at the value of certfolio.yaml's <c>content:</c> when it names a folder that is not there, else at the
/// portfolio folder itself (certfolio.yaml may not exist: a new user's empty folder has neither).
/// </summary>
public static class ContentFolderMissing
{
    public const string SetContent = "set 'content:' in certfolio.yaml";
    public const string CreateNamed = "create that folder or change 'content:' in certfolio.yaml";
    public const string StartOne = "run 'certfolio init' or create certifications/";

    public static void Report(PortfolioConfig config, DiagnosticBag diagnostics)
    {
        if (config.Content is { } content)
            diagnostics.Add(Descriptors.ContentFolderMissing, config.LocationOf("content"), content, CreateNamed);
        else
            diagnostics.Add(Descriptors.ContentFolderMissing, SourceLocation.Folder("."), string.Join(", ", PortfolioLayout.ContentCandidates), StartOne);
    }
}
