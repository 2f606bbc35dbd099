using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary>Portfolios are discovered the way existing sites lay themselves out.</summary>
public sealed class LayoutTests
{
    [Fact]
    public void Checks_the_reference_document_clean()
    {
        var portfolio = Check.Fixture("valid");
        portfolio.Clean();
        var credential = Assert.Single(portfolio.Credentials);
        Assert.Equal("AWS Certified DevOps Engineer - Professional", credential.Title);
        Assert.Equal(new DateOnly(2024, 8, 15), credential.Issued);
        Assert.Equal(new DateOnly(2027, 8, 15), credential.Expires);
        Assert.Equal(6, credential.Skills.Count);
        Assert.Equal("aws-devops-professional", credential.Slug);
    }

    [Fact]
    public void Reads_a_hugo_site_from_content_and_static_and_ignores_index_files()
    {
        // Given hugo.toml, content/certifications with an _index.md, static/ for assets and public/ as Hugo's output
        var portfolio = Check.Fixture("hugo");
        // Then the two credentials check clean against static/, and _index.md is not a credential
        portfolio.Clean();
        Assert.Equal(2, portfolio.FilesChecked);
        Assert.Equal("static", portfolio.Layout.Relative(portfolio.Layout.AssetsDirectory));
        Assert.Equal("content/certifications", portfolio.Layout.Relative(portfolio.Layout.ContentDirectory!));
        var cka = portfolio.Credentials.Single(c => c.Slug == "cka");
        Assert.Equal("Professional", cka.Level);
        Assert.Equal(new DateOnly(2024, 3, 1), cka.Issued);
        Assert.NotNull(cka.Renewal);
    }

    [Fact]
    public void Reads_an_astro_content_collection_with_public_assets()
    {
        var portfolio = Check.Fixture("astro");
        portfolio.Clean();
        Assert.Equal("src/content/certifications", portfolio.Layout.Relative(portfolio.Layout.ContentDirectory!));
        Assert.Equal("Associate", Assert.Single(portfolio.Credentials).Level);
    }

    [Fact]
    public void Reports_a_folder_without_certifications()
    {
        using var temp = new TempPortfolio();
        Directory.Delete(temp.Path("certifications"));
        var portfolio = Check.Folder(temp.Root);
        // No content: setting: the folder itself is where it is missing (certfolio.yaml need not exist).
        portfolio.Single("CF0202", ".", 0, 0);
    }

    [Fact]
    public void Reports_a_content_path_outside_the_portfolio()
    {
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", "content: ../elsewhere\n");
        var portfolio = Check.Folder(temp.Root);
        Assert.Contains(portfolio.Diagnostics, d => d.Id == "CF0203");
    }

    [Fact]
    public void Reports_an_invalid_setting_in_certfolio_yaml_at_its_value()
    {
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", "title: \"Mine\"\nbaseUrl: \"ftp://example.org\"\n");
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0201", "certfolio.yaml", 2, 10);
    }
}
