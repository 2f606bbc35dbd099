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
    public void Imports_an_assertion_whose_badge_is_only_a_url_from_what_is_embedded_with_a_warning()
    {
        var result = Read("openbadges/ob2-badge-url.json");

        var record = Assert.Single(result.Records);
        Assert.Equal("python basics", record.Title);
        Assert.Equal("badges.example.org", record.Provider);
        Assert.Equal(new DateOnly(2021, 6, 1), record.Issued);
        Assert.Equal("https://badges.example.org/assertions/1003", record.VerificationUrl);
        var warning = Assert.Single(result.Diagnostics);
        Assert.True(warning.Is(Descriptors.BadgeFromUrl, "$.badge"), warning.ToString());
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
