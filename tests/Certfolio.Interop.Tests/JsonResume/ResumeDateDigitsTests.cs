using Certfolio.Interop.JsonResume;

namespace Certfolio.Interop.Tests.JsonResume;

/// <summary>A JSON Resume date in other digits is no date to import, not a crash.</summary>
public sealed class ResumeDateDigitsTests
{
    [Theory]
    [InlineData("٢٠٢٣-١٠-٢٠")]
    [InlineData("２０２３-１０")]
    [InlineData("２０２３")]
    public void Reads_no_date_from_digits_other_than_0_to_9(string text) => Assert.Null(ResumeDate.Parse(text));
}
