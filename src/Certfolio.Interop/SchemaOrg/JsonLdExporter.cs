using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;
using Certfolio.Interop.Exporting;

namespace Certfolio.Interop.SchemaOrg;

/// <summary><c>export --to jsonld</c>: the same schema.org <c>Person</c> the site embeds (<see cref="SchemaOrgWriter"/>).</summary>
public sealed class JsonLdExporter : IExporter
{
    public const string DefaultFileName = "credentials.jsonld";

    public string Format => "jsonld";

    public string Title => "schema.org JSON-LD";

    public bool IsOwnOutput(string existing, string replacement) => CertfolioOutputs.IsJsonLdExport(existing);

    public ExportResult Export(Portfolio portfolio, ExportOptions options)
    {
        var losses = new LossReport("schema.org JSON-LD", portfolio.Credentials.Count);
        foreach (var credential in portfolio.Credentials)
        {
            if (credential.Logo is { IsUrl: false } && portfolio.Config.BaseUrl is null) losses.Lost("logo (an asset path without baseUrl)", credential, "logo");
            if (CourseUrl.Of(credential) is not null) losses.Lost(CourseUrl.Key, credential);
        }
        if (portfolio.Config.Owner.Name is null) losses.Note(Diagnostic.Create(Descriptors.PersonWithoutName, SourceLocation.FileStart(ConfigReader.FileName)));
        var person = SchemaOrgWriter.ForPerson(portfolio.Config, portfolio.Credentials);
        return new ExportResult([new ExportFile(DefaultFileName, SchemaOrgWriter.Serialize(person) + "\n")], losses.Diagnostics);
    }
}
