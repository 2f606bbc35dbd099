using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;

namespace Certfolio.Core.Validation;

/// <summary>The owner's avatar in certfolio.yaml is published like a logo, so it passes the same policy.</summary>
public sealed class AvatarRule
{
    public const string Role = "owner.avatar";

    public void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        var owner = context.Config.Owner;
        if (owner.Avatar is not { } avatar || UrlLike(avatar)) return;
        var location = owner.AvatarLocation ?? SourceLocation.FileStart(ConfigReader.FileName);
        var verdict = context.Publishing.Check(avatar);
        if (verdict.Refusal is not null)
            verdict.Report(Role, avatar, location, diagnostics);
        else if (verdict.Resolution == AssetResolution.Outside)
            diagnostics.Add(Descriptors.AssetNotPublishable, location, Role, avatar, "it points outside the assets folder (" + verdict.Reason + ")");
    }

    // The site shows an http(s) avatar as a link and refuses other schemes itself; only files are vetted here.
    private static bool UrlLike(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
