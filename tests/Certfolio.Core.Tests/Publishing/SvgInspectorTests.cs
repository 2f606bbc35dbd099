using System.Text;
using Certfolio.Core.Publishing;

namespace Certfolio.Core.Tests.Publishing;

public sealed class SvgInspectorTests
{
    private static SvgFinding? Inspect(string svg) => SvgInspector.Inspect(Encoding.UTF8.GetBytes(svg));

    [Fact]
    public void A_plain_drawing_passes()
    {
        var finding = Inspect("""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><style>rect{fill:red}</style><a xlink:href="https://example.org"><rect width="10" height="10"/></a></svg>""");

        Assert.Null(finding);
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""", "<script>")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script></svg>""", "<s:script>")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>""", "'onload'")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><rect ONCLICK="alert(1)"/></svg>""", "'ONCLICK'")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>""", "'javascript:'")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><a href="&#106;ava&#9;script:alert(1)"><text>x</text></a></svg>""", "'javascript:'")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><a href="x"><set attributeName="href" to=" JavaScript:alert(1)"/></a></svg>""", "'javascript:'")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><animate attributeName="onbegin" to="alert(1)"/></svg>""", "onbegin")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" /></body></foreignObject></svg>""", "<foreignObject>")]
    [InlineData("""<?xml-stylesheet type="text/xsl" href="x.xsl"?><svg xmlns="http://www.w3.org/2000/svg"/>""", "xml-stylesheet")]
    public void Script_event_attributes_javascript_urls_and_foreign_objects_are_active(string svg, string what)
    {
        var finding = Inspect(svg);

        Assert.NotNull(finding);
        Assert.True(finding.IsActive);
        Assert.Contains(what, finding.What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dtd_is_refused_without_reading_an_external_entity()
    {
        // Given an SVG whose DTD declares an entity naming a file (an XXE attack on whoever parses it)
        var svg = """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>""";

        // When it is inspected
        var finding = Inspect(svg);

        // Then it cannot be checked, and says why
        Assert.NotNull(finding);
        Assert.False(finding.IsActive);
        Assert.Contains("DTD", finding.What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>", "not well-formed")]
    [InlineData("<html><body/></html>", "root element is <html>")]
    [InlineData("", "not well-formed")]
    public void Malformed_files_and_other_documents_cannot_be_checked(string svg, string why)
    {
        var finding = Inspect(svg);

        Assert.NotNull(finding);
        Assert.False(finding.IsActive);
        Assert.Contains(why, finding.What, StringComparison.Ordinal);
    }
}
