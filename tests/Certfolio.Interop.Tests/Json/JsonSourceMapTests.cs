using Certfolio.Core.Text;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Json;

namespace Certfolio.Interop.Tests.Json;

public sealed class JsonSourceMapTests
{
    private const string Resume = "{\n  // a comment\n  \"certificates\": [\n    { \"name\": \"Ünïcödé 😀\", \"date\": \"2020\" },\n    [1, 2, {\"x\": null}]\n  ]\n}\n";

    private static SourceLocation At(string path) => new JsonSourceMap(new ImportInput("resume.json", Resume)).At(path);

    [Fact]
    public void Places_a_value_at_its_first_character()
    {
        Assert.Equal(new SourceLocation("resume.json", 1, 1), At("$"));
        Assert.Equal(new SourceLocation("resume.json", 3, 19), At("$.certificates"));
        Assert.Equal(new SourceLocation("resume.json", 4, 5), At("$.certificates[0]"));
        Assert.Equal(new SourceLocation("resume.json", 4, 15), At("$.certificates[0].name"));
        Assert.Equal(new SourceLocation("resume.json", 5, 18), At("$.certificates[1][2].x"));
    }

    [Fact]
    public void Counts_columns_in_characters_as_an_editor_does()
    {
        // "Ünïcödé 😀" is 10 characters in UTF-16 (the emoji is two) and 16 bytes in UTF-8.
        Assert.Equal(new SourceLocation("resume.json", 4, 37), At("$.certificates[0].date"));
    }

    [Fact]
    public void Places_a_missing_property_at_the_object_that_lacks_it()
    {
        Assert.Equal(At("$.certificates[0]"), At("$.certificates[0].issuer"));
        Assert.Equal(At("$"), At("$.data[3].badge_template"));
    }

    [Fact]
    public void Places_a_path_in_a_one_line_file_by_its_column()
    {
        var json = """{"data":[{"id":"a"},{"id":"b","badge_template":{}}]}""";

        var location = new JsonSourceMap(new ImportInput("badges.json", json)).At("$.data[1].badge_template.name");

        Assert.Equal(new SourceLocation("badges.json", 1, json.IndexOf("{}", StringComparison.Ordinal) + 1), location);
    }
}
