using System.Text.Json.Nodes;
using Certfolio.Interop.SchemaOrg;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.SchemaOrg;

public sealed class SchemaOrgWriterTests
{
    [Fact]
    public void Describes_the_reference_credential_as_an_EducationalOccupationalCredential()
    {
        // Given the reference document
        using var folder = TempPortfolio.WithReference();
        var credential = Assert.Single(folder.Load().Credentials);

        // When it is written with a base URL
        var node = SchemaOrgWriter.ForCredential(credential, "https://jane.example/");

        // Then every field lands on its schema.org property, dates in ISO
        Assert.Equal("https://schema.org", (string?)node["@context"]);
        Assert.Equal("EducationalOccupationalCredential", (string?)node["@type"]);
        Assert.Equal("AWS Certified DevOps Engineer - Professional", (string?)node["name"]);
        Assert.Equal("certification", (string?)node["credentialCategory"]);
        Assert.Equal("Professional", (string?)node["educationalLevel"]);
        Assert.Equal("Organization", (string?)node["recognizedBy"]!["@type"]);
        Assert.Equal("Amazon Web Services", (string?)node["recognizedBy"]!["name"]);
        Assert.Equal("2024-08-15", (string?)node["dateCreated"]);
        Assert.Equal("2024-08-15", (string?)node["validFrom"]);
        Assert.Equal("2027-08-15", (string?)node["expires"]);
        Assert.Equal("2027-08-15", (string?)node["validUntil"]);
        Assert.Equal("DOP-C02-789456", (string?)node["identifier"]);
        Assert.Equal("https://www.credly.com/badges/example", (string?)node["url"]);
        Assert.Equal(6, node["teaches"]!.AsArray().Count);
        Assert.Equal("https://jane.example/logos/dop_icon.png", (string?)node["image"]);
    }

    [Fact]
    public void Leaves_an_asset_logo_out_without_a_base_url()
    {
        using var folder = TempPortfolio.WithReference();
        var credential = Assert.Single(folder.Load().Credentials);

        var node = SchemaOrgWriter.ForCredential(credential);

        Assert.False(node.ContainsKey("image"));
    }

    [Fact]
    public void Lists_the_credentials_of_the_owner_as_a_Person()
    {
        // Given a portfolio with an owner
        using var folder = TempPortfolio.WithReference("owner:\n  name: Jane Doe\nbaseUrl: https://jane.example\n");
        var portfolio = folder.Load();

        // When the person is written
        var person = SchemaOrgWriter.ForPerson(portfolio.Config, portfolio.Credentials);

        // Then it holds the credential without repeating the context
        Assert.Equal("Person", (string?)person["@type"]);
        Assert.Equal("Jane Doe", (string?)person["name"]);
        var item = Assert.Single(person["hasCredential"]!.AsArray())!;
        Assert.False(item.AsObject().ContainsKey("@context"));
        Assert.Equal("EducationalOccupationalCredential", (string?)item["@type"]);
    }

    [Fact]
    public void Escapes_markup_so_a_value_cannot_close_the_script_element()
    {
        // Given a value that tries to end the script element
        var node = new JsonObject { ["name"] = "</script><script>alert(1)</script> & more" };

        // When it is serialised for embedding
        var json = SchemaOrgWriter.Serialize(node, indented: false);

        // Then no '<', '>' or '&' survives, and the value reads back unchanged
        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.DoesNotContain("&", json);
        Assert.Equal("</script><script>alert(1)</script> & more", (string?)JsonNode.Parse(json)!["name"]);
    }

    [Fact]
    public void A_credential_written_straight_to_text_equals_its_node_serialized()
    {
        // Given the reference credential and one with markup, non-ASCII text, month dates and no expiry
        using var folder = TempPortfolio.WithReference("baseUrl: https://jane.example/\n");
        folder.With("certifications/odd.md", "---\ntitle: \"Zertifikat </script> & Ünïcödé 🚀\"\nprovider: \"Ärzte & <Co>\"\ndate: \"2023-05-01\"\ndatePrecision: month\n"
            + "description: \"line\\nbreak \\\"quoted\\\"\"\nskills: [\"C#\", \"<b>\"]\nlevel: \"Pro\"\n---\nBody\n");
        var portfolio = folder.Load();
        Assert.Equal(2, portfolio.Credentials.Count);

        foreach (var credential in portfolio.Credentials)
        {
            foreach (var indented in new[] { false, true })
            {
                // When it is serialized both ways
                var direct = SchemaOrgWriter.SerializeCredential(credential, "https://jane.example/", indented);
                var viaNode = SchemaOrgWriter.Serialize(SchemaOrgWriter.ForCredential(credential, "https://jane.example/"), indented);

                // Then the text is the same, and safe to embed
                Assert.Equal(viaNode, direct);
                Assert.DoesNotContain("<", direct);
            }
        }
    }
}
