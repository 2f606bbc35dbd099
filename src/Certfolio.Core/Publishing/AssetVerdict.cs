using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;

namespace Certfolio.Core.Publishing;

/// <summary>Why a file may not be copied into the site: a descriptor of CF0120-CF0124 and the words after the role and reference.</summary>
public sealed record AssetRefusal(DiagnosticDescriptor Descriptor, params string[] Details)
{
    /// <summary>Adds the refusal at <paramref name="location"/>, for <paramref name="role"/> ('image', 'logo', 'owner.avatar').</summary>
    public Diagnostic ToDiagnostic(string role, string reference, SourceLocation location) =>
        Diagnostic.Create(Descriptor, location, [role, reference, .. Details]);
}

/// <summary>
/// What the build may do with a reference: where the resolver found it (<see cref="Resolution"/>), the site path it
/// would be copied to, and the refusal when it may not be published.
/// </summary>
public sealed record AssetVerdict(AssetResolution Resolution, string? FullPath, string? SitePath, string Reason, AssetRefusal? Refusal = null)
{
    /// <summary>True when the file exists and may be copied to <see cref="SitePath"/>.</summary>
    public bool IsPublishable => Resolution == AssetResolution.Found && Refusal is null && SitePath is not null;

    public void Report(string role, string reference, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (Refusal is not null) diagnostics.Add(Refusal.ToDiagnostic(role, reference, location));
    }
}
