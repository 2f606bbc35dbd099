using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;

namespace Certfolio.Core.Renewal;

/// <summary>
/// Decides each credential's <see cref="RenewalPolicy"/>, field by field: document &gt; config &gt; built-in.
/// The config's <c>policies:</c> are bound once; their problems are kept in <see cref="Diagnostics"/>.
/// </summary>
public sealed class PolicyResolver
{
    private readonly IReadOnlyList<(string Provider, RenewalTerms Terms)> _configured;

    public PolicyResolver(PortfolioConfig config)
    {
        var diagnostics = new DiagnosticBag();
        _configured = BindConfigPolicies(config.Policies, diagnostics);
        Diagnostics = diagnostics.Items;
    }

    /// <summary>No <c>policies:</c>: only documents and the built-in table decide.</summary>
    public static PolicyResolver None { get; } = new(PortfolioConfig.Default);

    /// <summary>Problems in <c>policies:</c> of certfolio.yaml (CF0201).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The policy in force, or null when no source says anything about this credential.</summary>
    public RenewalPolicy? Resolve(Credential credential)
    {
        var sources = PolicySources.None;
        RenewalTerms? document = null;
        if (credential.Renewal is { } block)
        {
            document = BindDocument(block);
            sources |= PolicySources.Document;
        }
        var configured = FindConfigured(credential.Provider);
        if (configured is not null) sources |= PolicySources.Config;
        var certifier = CertifierPolicies.Match(credential);
        if (certifier is not null) sources |= PolicySources.BuiltIn;
        if (sources == PolicySources.None) return null;

        var terms = (document ?? RenewalTerms.Empty).Or(configured).Or(certifier?.Terms);
        return new RenewalPolicy(terms, certifier, sources);
    }

    /// <summary>Binds a document's renewal block without reporting (check reports through <see cref="RenewalBlockRule"/>).</summary>
    public static RenewalTerms BindDocument(FrontMatterMapping block) => RenewalTermsBinder.Bind(block, (_, _, _) => { });

    private RenewalTerms? FindConfigured(string provider)
    {
        foreach (var (name, terms) in _configured)
        {
            if (CertifierPolicies.SameName(name, provider)) return terms;
        }
        foreach (var (name, terms) in _configured)
        {
            if (CertifierPolicies.SameCertifier(name, provider)) return terms;
        }
        return null;
    }

    private static IReadOnlyList<(string, RenewalTerms)> BindConfigPolicies(FrontMatterMapping? policies, DiagnosticBag diagnostics)
    {
        if (policies is null) return [];
        var result = new List<(string, RenewalTerms)>();
        foreach (var entry in policies.Entries)
        {
            if (entry.Value is not FrontMatterMapping mapping)
            {
                if (entry.Value is not FrontMatterScalar { IsNull: true })
                    diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(ConfigReader.FileName, entry.Value.Start),
                        $"policies.{entry.Key} must be a mapping of renewal rules ({string.Join(", ", RenewalTermsBinder.Keys)}); got {ReceivedValue.Of(entry.Value)}");
                continue;
            }
            var provider = entry.Key;
            var terms = RenewalTermsBinder.Bind(mapping, (key, position, message) =>
                diagnostics.Add(Descriptors.InvalidConfig, SourceLocation.At(ConfigReader.FileName, position), $"policies.{provider}.{key}: {message}"));
            result.Add((provider, terms));
        }
        return result;
    }
}
