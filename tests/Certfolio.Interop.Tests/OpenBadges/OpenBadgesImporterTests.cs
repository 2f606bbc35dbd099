using Certfolio.Core.Diagnostics;
using Certfolio.Interop.Importing;
using Certfolio.Interop.OpenBadges;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.OpenBadges;

public sealed class OpenBadgesImporterTests
{
    private static ImportReadResult Read(string fixture) => Assert.Single(new OpenBadgesImporter().Read([TestData.Input(fixture)]));

    [Fact]
    public void Reads_an_Open_Badges_2_assertion_with_its_embedded_badge_class()
    {
        var record = Assert.Single(Read("openbadges/ob2-assertion.json").Records);

        Assert.Equal("Python Programming Certificate", record.Title);
        Assert.Equal("Example Institute", record.Provider);
        Assert.Equal(new DateOnly(2022, 3, 14), record.Issued);
        Assert.Equal(new DateOnly(2025, 3, 14), record.Expires);
        Assert.Equal("https://badges.example.org/assertions/1001", record.VerificationUrl);
        Assert.Equal(["Python", "Programming"], record.Skills);
        Assert.Equal("https://badges.example.org/badges/python.png", record.Logo);
    }

    [Fact]
    public void Imports_an_assertion_whose_issuer_is_only_a_url_with_a_warning_and_fetches_nothing()
    {
        var result = Read("openbadges/ob2-issuer-url.json");

        var record = Assert.Single(result.Records);
        Assert.Equal("badges.example.org", record.Provider);
        var warning = Assert.Single(result.Diagnostics);
        Assert.True(warning.Is(Descriptors.ProviderFromUrl, "$.badge.issuer"), warning.ToString());
        Assert.Equal("ob2-issuer-url.json", warning.Location.FilePath);
    }

    [Fact]
    public void Skips_an_assertion_whose_badge_class_is_only_a_url_not_given_naming_the_class_and_never_titling_it_from_the_url()
    {
        var result = Read("openbadges/ob2-badge-url.json");

        Assert.Empty(result.Records);
        var problem = Assert.Single(result.Diagnostics);
        Assert.True(problem.Is(Descriptors.BadgeClassNotGiven, "$.badge"), problem.ToString());
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains("'https://badges.example.org/badges/python-basics'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolves_a_badge_class_and_its_issuer_given_as_other_files_of_the_same_import()
    {
        // Given the specification's hosted example: the assertion, its BadgeClass and the issuer profile, three files
        var assertion = new ImportInput("beths-robotics-badge.json", """
            {"@context":"https://w3id.org/openbadges/v2","type":"Assertion","id":"https://example.org/beths-robotics-badge.json",
             "recipient":{"type":"email","hashed":true,"salt":"deadsea","identity":"sha256$c7ef86405ba71b85acd8e2e95166c4b111448089f2e1599f42fe1bba46e865c5"},
             "issuedOn":"2016-12-31T23:59:59Z","expires":"2017-06-30T23:59:59Z",
             "badge":"https://example.org/robotics-badge.json","verification":{"type":"hosted"}}
            """);
        var badgeClass = new ImportInput("robotics-badge.json", """
            {"@context":"https://w3id.org/openbadges/v2","type":"BadgeClass","id":"https://example.org/robotics-badge.json",
             "name":"Awesome Robotics Badge","description":"For doing awesome things with robots that people think is pretty great.",
             "image":"https://example.org/robotics-badge.png","criteria":"https://example.org/robotics-badge.html",
             "issuer":"https://example.org/organization.json"}
            """);
        var issuer = new ImportInput("organization.json", """
            {"@context":"https://w3id.org/openbadges/v2","type":"Issuer","id":"https://example.org/organization.json",
             "name":"An Example Badge Issuer","url":"https://example.org","email":"contact@example.org"}
            """);

        // When they are imported together, in any order
        var results = new OpenBadgesImporter().Read([badgeClass, assertion, issuer]);

        // Then the one credential is named by its class and issuer, and the other files are read without a word
        var record = Assert.Single(results.SelectMany(r => r.Records));
        Assert.Equal("Awesome Robotics Badge", record.Title);
        Assert.Equal("An Example Badge Issuer", record.Provider);
        Assert.Equal(new DateOnly(2016, 12, 31), record.Issued);
        Assert.Equal(new DateOnly(2017, 6, 30), record.Expires);
        Assert.Equal("For doing awesome things with robots that people think is pretty great.", record.Description);
        Assert.Equal("https://example.org/beths-robotics-badge.json", record.VerificationUrl);
        Assert.Equal("https://example.org/robotics-badge.png", record.Logo);
        Assert.Empty(results.SelectMany(r => r.Diagnostics));
    }

    [Fact]
    public void Reads_an_Open_Badges_3_credential_with_validFrom_and_validUntil()
    {
        var record = Assert.Single(Read("openbadges/ob3-validfrom.json").Records);

        Assert.Equal("Teamwork", record.Title);
        Assert.Equal("Example Corp", record.Provider);
        Assert.Equal(new DateOnly(2023, 1, 1), record.Issued);
        Assert.Equal(new DateOnly(2026, 1, 1), record.Expires);
        Assert.Equal("TW-42", record.CredentialId);
        Assert.Equal("http://example.com/credentials/3527", record.VerificationUrl);
        Assert.Equal(["Collaboration", "Communication"], record.Skills);
        Assert.Equal("https://example.com/achievements/teamwork/image.png", record.Logo);
    }

    [Fact]
    public void Reads_an_Open_Badges_3_credential_with_the_older_issuanceDate_and_expirationDate()
    {
        var record = Assert.Single(Read("openbadges/ob3-issuancedate.json").Records);

        Assert.Equal("Data Analysis Certificate", record.Title);
        Assert.Equal("Example University", record.Provider);
        Assert.Equal(new DateOnly(2020, 5, 20), record.Issued);
        Assert.Equal(new DateOnly(2023, 5, 20), record.Expires);
        Assert.Null(record.VerificationUrl);
        Assert.Equal(["Statistics"], record.Skills);
    }

    [Fact]
    public void Refuses_json_that_is_no_badge_with_the_path_of_its_type()
    {
        var result = Read("openbadges/wrong-type.json");

        Assert.True(result.IsMalformed);
        var problem = Assert.Single(result.Diagnostics);
        Assert.True(problem.Is(Descriptors.WrongInputShape, "$.type"), problem.ToString());
    }
}
