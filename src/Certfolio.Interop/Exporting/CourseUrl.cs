using Certfolio.Core.Model;

namespace Certfolio.Interop.Exporting;

/// <summary>
/// <c>courseUrl</c>, the page of the course behind a credential (Hugo Academic's item <c>url</c>, kept by import as an
/// extra key). Not the credential's own proof: exports put it where a format has a place for a course or criteria
/// page, and list it as lost elsewhere.
/// </summary>
public static class CourseUrl
{
    public const string Key = "courseUrl";

    /// <summary>The course page when it is an absolute http(s) URL; anything else is not exported.</summary>
    public static string? Of(Credential credential) =>
        credential.Extra.GetValueOrDefault(Key) is string url && Json.JsonInput.IsHttpUrl(url.Trim()) ? url.Trim() : null;
}
