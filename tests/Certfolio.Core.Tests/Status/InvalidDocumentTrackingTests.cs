using Certfolio.Core.Model;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Status;

public sealed class InvalidDocumentTrackingTests
{
    [Fact]
    public void A_typo_in_the_issue_date_keeps_the_document_as_invalid_with_its_readable_expiry()
    {
        // Given a credential whose issue date has month 13, expiring 42 days after the pinned day
        using var portfolio = new TrackingPortfolio()
            .Cert("aws", "title: AWS Developer\ndate: 15.13.2024\nprovider: AWS\nexpiryDate: 15.01.2027");

        // When it is tracked
        var report = portfolio.Track("2026-12-04");

        // Then it is no credential, but an invalid document that still knows its expiry and its first error
        Assert.Empty(report.Entries);
        var invalid = Assert.Single(report.Invalid);
        Assert.Equal("certifications/aws.md", invalid.Document.RelativePath);
        Assert.Equal("AWS Developer", invalid.Document.Title);
        Assert.Equal(42, invalid.DaysLeft);
        Assert.Equal("invalid (expires in 42 days)", invalid.Label);
        Assert.Equal((3, 7), (invalid.Document.FirstError.Location.Line, invalid.Document.FirstError.Location.Column));
        Assert.Equal(CredentialStatus.Expiring, invalid.DateStatus);
    }

    [Fact]
    public void An_unreadable_expiry_date_makes_the_document_invalid_not_one_that_never_expires()
    {
        // Given a complete credential whose expiry date has a five-digit year
        using var portfolio = new TrackingPortfolio()
            .Cert("aws", "title: AWS Developer\ndate: 15.01.2024\nprovider: AWS\nexpiryDate: 15.01.20277");

        // When it is tracked
        var report = portfolio.Track("2026-12-04");

        // Then it is listed as invalid, with no expiry, and not as a credential without one
        Assert.Empty(report.Entries);
        var invalid = Assert.Single(report.Invalid);
        Assert.Null(invalid.DaysLeft);
        Assert.Equal("invalid", invalid.Label);
        Assert.Equal(5, invalid.Document.FirstError.Location.Line);
    }

    [Fact]
    public void A_document_that_does_not_parse_is_invalid_under_its_file_name()
    {
        // Given a document whose front matter is not YAML, beside a valid one
        using var portfolio = new TrackingPortfolio()
            .Cert("broken", "title: [unclosed\ndate: 2024-01-01")
            .Cert("good", "title: Good\ndate: 2024-01-01\nprovider: AWS");

        // When it is tracked
        var report = portfolio.Track("2026-12-04");

        // Then the valid one is a credential and the broken one is invalid, named by its file
        Assert.Equal(["good"], report.Entries.Select(e => e.Credential.Slug));
        var invalid = Assert.Single(report.Invalid);
        Assert.Equal("certifications/broken.md", invalid.Document.DisplayName);
        Assert.Null(invalid.Expires);
    }

    [Fact]
    public void Warnings_alone_and_valid_empty_expiries_leave_a_document_valid()
    {
        // Given a credential with an explicitly empty expiry and an unknown key
        using var portfolio = new TrackingPortfolio()
            .Cert("aws", "title: AWS Developer\ndate: 15.01.2024\nprovider: AWS\nexpiryDate:\nissuer: AWS");

        // When it is tracked
        var report = portfolio.Track("2026-12-04");

        // Then nothing is invalid
        Assert.Single(report.Entries);
        Assert.Empty(report.Invalid);
    }
}
