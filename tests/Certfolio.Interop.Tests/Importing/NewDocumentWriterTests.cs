using Certfolio.Core.Binding;
using Certfolio.Interop.Importing;

namespace Certfolio.Interop.Tests.Importing;

public sealed class NewDocumentWriterTests
{
    [Fact]
    public void Writes_front_matter_and_no_title_heading_into_the_body()
    {
        // Given an imported record
        var record = new ImportedCredential { Title = "CKA: Certified Kubernetes Administrator", Issued = new DateOnly(2024, 3, 1), Provider = "CNCF" };

        // When its document is written
        var text = NewDocumentWriter.Write(record, FieldMap.Default);

        // Then the body is empty: the page shows the title as its h1, and a heading would outlive a renamed title
        Assert.EndsWith("provider: \"CNCF\"\n---\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("# ", text, StringComparison.Ordinal);
    }
}
