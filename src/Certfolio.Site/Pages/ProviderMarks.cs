using Certfolio.Core.Renewal;

namespace Certfolio.Site.Pages;

/// <summary>A known provider's monogram: the short form people use for it and its colour in <see cref="MonogramPalette"/>.</summary>
public sealed record ProviderMark(string Short, int Colour, params string[] Names);

/// <summary>
/// Providers whose monogram is their usual short form rather than what the letter rule gives ("Microsoft" → MS, not
/// M; "(ISC)²" → ISC2), each with a colour near its own so that the big names never share one. Names are compared as
/// <see cref="ProviderName"/> compares them (case, punctuation and spacing aside). Where to add one: a row here.
/// </summary>
public static class ProviderMarks
{
    private static readonly ProviderMark[] Known =
    [
        new("AWS", 1, "Amazon Web Services", "AWS", "Amazon"),
        new("MS", 7, "Microsoft", "Microsoft Learn"),
        new("GCP", 4, "Google Cloud", "Google Cloud Platform"),
        new("G", 8, "Google"),
        new("ISC2", 5, "ISC2", "International Information System Security Certification Consortium"),
        new("AX", 9, "AXELOS"),
        new("PC", 11, "PeopleCert"),
        new("CNCF", 6, "Cloud Native Computing Foundation", "CNCF"),
        new("LF", 2, "Linux Foundation"),
        new("HC", 10, "HashiCorp"),
        new("CT", 0, "CompTIA", "Computing Technology Industry Association"),
        new("PMI", 3, "Project Management Institute", "PMI"),
        new("ISACA", 8, "ISACA", "Information Systems Audit and Control Association"),
        new("RH", 0, "Red Hat"),
        new("EC", 11, "EC-Council"),
    ];

    /// <summary>The mark of a known provider, or null.</summary>
    public static ProviderMark? Find(string provider) =>
        Known.FirstOrDefault(mark => mark.Names.Any(name => ProviderName.Same(name, provider)));
}
