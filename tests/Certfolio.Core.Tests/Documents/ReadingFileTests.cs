using System.Text;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Documents;

/// <summary>Files that cannot be read as a certification get a diagnostic at a precise place.</summary>
public sealed class ReadingFileTests
{
    [Fact]
    public void Reports_an_empty_file_at_its_start()
    {
        // Given a portfolio with a zero-byte document
        // When it is checked
        var portfolio = Check.Fixture("empty-file");
        // Then the file start is reported as empty
        portfolio.Single("CF0001", "certifications/empty.md", 1, 1);
        portfolio.Only("certifications/empty.md", "CF0001");
    }

    [Fact]
    public void Reports_a_markdown_file_without_front_matter_as_an_error()
    {
        var portfolio = Check.Fixture("no-front-matter");
        portfolio.Single("CF0006", "certifications/plain.md", 1, 1);
        Assert.Empty(portfolio.Credentials);
    }

    [Fact]
    public void Reports_unclosed_front_matter_at_the_opening_fence()
    {
        var portfolio = Check.Fixture("unclosed-front-matter");
        portfolio.Single("CF0007", "certifications/unclosed.md", 1, 1);
    }

    [Fact]
    public void Reports_invalid_yaml_at_the_parsers_line_and_column_shifted_to_the_file()
    {
        // Given an unterminated quoted date on file line 3 (YAML line 2)
        var portfolio = Check.Fixture("invalid-yaml");
        // Then the parser's position is reported in file lines: the opening quote, named as never closed
        portfolio.Single("CF0019", "certifications/bad.md", 3, 7);
        portfolio.Single("CF0008", "certifications/indent.md", 3, 3);
    }

    [Fact]
    public void Reports_an_unterminated_flow_sequence_followed_by_a_key_with_a_position()
    {
        // Given skills: ["AWS", "DevOps" with no closing bracket and another key after it,
        // on which YamlDotNet throws a bare InvalidOperationException
        var portfolio = Check.Fixture("unterminated-flow");
        // Then it is an ordinary YAML error pointing into the sequence
        var diagnostic = portfolio.Single("CF0008", "certifications/flow.md", 4, 10);
        Assert.Contains("unterminated", diagnostic.Message);
    }

    [Fact]
    public void Reports_front_matter_that_is_not_a_mapping()
    {
        var portfolio = Check.Fixture("not-a-mapping");
        Assert.Contains("a list", portfolio.Single("CF0010", "certifications/list.md", 2, 1).Message);
        Assert.Contains("a string", portfolio.Single("CF0010", "certifications/scalar.md", 2, 1).Message);
    }

    [Fact]
    public void Reports_a_duplicate_yaml_key_at_its_second_occurrence()
    {
        var portfolio = Check.Fixture("duplicate-key-yaml");
        var diagnostic = portfolio.Single("CF0011", "certifications/dup.md", 5, 1);
        Assert.Contains("line 2", diagnostic.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Reports_a_duplicate_yaml_key_in_a_short_or_a_long_mapping(int keys)
    {
        // Given a front matter with many extra keys, the second of which comes back at the end
        var extra = string.Concat(Enumerable.Range(0, keys).Select(i => $"extra{i}: {i}\n"));
        var text = $"---\ntitle: \"T\"\n{extra}date: \"15.08.2024\"\nprovider: \"Acme\"\nextra1: again\n---\n";
        var diagnostics = new Certfolio.Core.Diagnostics.DiagnosticBag();

        // When it is parsed
        var document = Certfolio.Core.Documents.DocumentParser.Parse("x.md", "x.md", text, Certfolio.Core.Documents.DocumentLimits.Default, diagnostics);

        // Then the duplicate is reported where it repeats, naming its first line, and the first value is kept
        var duplicate = Assert.Single(diagnostics.Items, d => d.Id == "CF0011");
        Assert.Equal(keys + 5, duplicate.Location.Line);
        Assert.Contains("'extra1' (first defined on line 4)", duplicate.Message);
        Assert.Equal("1", ((Certfolio.Core.Documents.FrontMatterScalar)document.FrontMatter!.Find("extra1")!.Value).Value);
    }

    [Fact]
    public void Reports_duplicate_toml_keys_and_tables_that_tomlyn_accepts_silently()
    {
        var portfolio = Check.Fixture("duplicate-key-toml");
        Assert.Contains("'title' (first defined on line 2)", portfolio.Single("CF0011", "certifications/dup.md", 5, 1).Message);
        Assert.Contains("'renewal' (first defined on line 5)", portfolio.Single("CF0011", "certifications/table.md", 7, 2).Message);
    }

    [Fact]
    public void Reports_a_tab_used_for_indentation()
    {
        var portfolio = Check.Fixture("tab-indentation");
        portfolio.Single("CF0012", "certifications/tabs.md", 6, 1);
    }

    [Fact]
    public void Reports_invalid_utf8_at_the_line_and_column_of_the_bad_byte()
    {
        // Given a document whose title contains the byte 0xFF on line 2
        using var temp = new TempPortfolio();
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: \"Caf").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\"\n---\n")).ToArray();
        temp.Write("certifications/latin1.md", bytes);
        // When it is checked
        var portfolio = Check.Folder(temp.Root);
        // Then the byte is named with its offset and position
        var diagnostic = portfolio.Single("CF0002", "certifications/latin1.md", 2, 12);
        Assert.Contains("0xFF at offset 15", diagnostic.Message);
    }

    [Fact]
    public void Reports_a_binary_file_instead_of_parsing_it()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0003", "certifications/image.md", 1, 1);
        portfolio.Only("certifications/image.md", "CF0003");
    }

    [Fact]
    public void Checks_utf8_with_bom_and_crlf_line_endings_clean_with_positions_unchanged()
    {
        // Given a document with a BOM and CRLF line endings whose expiry is before its date
        using var temp = new TempPortfolio();
        var text = "---\r\ntitle: \"Caf\u00e9 Certified\"\r\ndate: \"15.08.2024\"\r\nprovider: \"Acme\"\r\nexpiryDate: \"01.01.2020\"\r\nskills:\r\n  - AWS\r\n---\r\n\r\nBody.\r\n";
        temp.Write("certifications/crlf.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        // When it is checked
        var portfolio = Check.Folder(temp.Root);
        // Then the only problem is the date order, at the same line and column as with LF and no BOM
        portfolio.Single("CF0104", "certifications/crlf.md", 5, 13);
        portfolio.Only("certifications/crlf.md", "CF0104");
        var credential = Assert.Single(portfolio.Credentials);
        Assert.Equal("Caf\u00e9 Certified", credential.Title);
        Assert.Equal(["AWS"], credential.Skills);
    }

    [Fact]
    public void Checks_a_bom_and_crlf_toml_document_clean()
    {
        using var temp = new TempPortfolio();
        var text = "+++\r\ntitle = \"Certified\"\r\ndate = 2024-08-15\r\nprovider = \"Acme\"\r\nskills = [\"AWS\"]\r\n+++\r\nBody.\r\n";
        temp.Write("certifications/crlf.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var portfolio = Check.Folder(temp.Root);
        portfolio.Clean();
        Assert.Equal(new DateOnly(2024, 8, 15), Assert.Single(portfolio.Credentials).Issued);
    }

    [Fact]
    public void Reports_a_file_that_is_a_symbolic_link_outside_the_portfolio_without_reading_it()
    {
        // Given a document that is a link to a file outside the portfolio
        using var outside = new TempPortfolio();
        outside.Write("secret.md", "---\ntitle: \"Secret\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n---\n");
        using var temp = new TempPortfolio();
        File.CreateSymbolicLink(temp.Path("certifications/linked.md"), outside.Path("secret.md"));
        // When it is checked
        var portfolio = Check.Folder(temp.Root);
        // Then it is refused
        portfolio.Single("CF0204", "certifications/linked.md", 1, 1);
        Assert.Empty(portfolio.Credentials);
    }

    [Fact]
    public void One_broken_file_never_hides_the_problems_of_the_others()
    {
        // Given the invalid-yaml fixture with two broken files
        var portfolio = Check.Fixture("invalid-yaml");
        // Then both are reported, sorted by file
        Assert.Equal(["certifications/bad.md", "certifications/indent.md"], portfolio.Diagnostics.Select(d => d.Location.FilePath));
        Assert.Equal(2, portfolio.FilesChecked);
    }

    [Fact]
    public void Reports_a_key_that_is_not_a_string()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/key.md", "---\ntitle: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n? [a, b]\n: x\n---\n");
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0015", "certifications/key.md", 5, 3);
    }

    [Fact]
    public void Refuses_a_content_folder_that_links_outside_the_portfolio_without_listing_it()
    {
        // Given a portfolio whose certifications folder is a link to a folder elsewhere
        using var outside = new TempPortfolio();
        outside.Write("certifications/secret.md", "---\ntitle: \"Secret\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n---\n");
        using var temp = new TempPortfolio();
        Directory.Delete(temp.Path("certifications"));
        Directory.CreateSymbolicLink(temp.Path("certifications"), outside.Path("certifications"));
        // When it is checked
        var portfolio = Check.Folder(temp.Root);
        // Then the folder is refused, and no document is listed or read from outside
        portfolio.Single("CF0207", "certifications", 1, 1);
        Assert.Equal(0, portfolio.FilesChecked);
        Assert.Empty(portfolio.Credentials);
    }

    [Fact]
    public void Reports_a_utf16_file_as_not_utf8_rather_than_binary()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/notepad.md", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("---\ntitle: \"T\"\n---\n")]);
        var portfolio = Check.Folder(temp.Root);
        Assert.Contains("0xFF at offset 0", portfolio.Single("CF0002", "certifications/notepad.md", 1, 1).Message);
    }

    [Fact]
    public void Accepts_a_tab_that_is_content_of_a_block_scalar()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/code.md", "---\ntitle: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nnotes: |\n  \tindented with a tab\n---\n");
        var portfolio = Check.Folder(temp.Root);
        portfolio.Clean();
        Assert.Equal("\tindented with a tab\n", Assert.Single(portfolio.Credentials).Extra["notes"]);
    }

    [Fact]
    public void Reports_a_named_pipe_as_not_a_regular_file_instead_of_waiting_for_a_writer()
    {
        // Given a FIFO named like a document (reading it would block until something writes to it)
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        using var temp = new TempPortfolio();
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", temp.Path("certifications/pipe.md"))) mkfifo.WaitForExit();
        // When it is checked, then it is reported at once
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0205", "certifications/pipe.md", 1, 1);
    }

    [Fact]
    public void Applies_the_size_limit_to_the_target_of_a_linked_document()
    {
        // Given a document inside the portfolio that is a link to a large file, also inside
        using var temp = new TempPortfolio();
        temp.Write("archive/huge.md", "---\ntitle: \"T\"\n---\n" + new string('x', 2 * 1024 * 1024));
        File.CreateSymbolicLink(temp.Path("certifications/huge.md"), temp.Path("archive/huge.md"));
        // Then the link's target is measured, not the link
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0004", "certifications/huge.md", 1, 1);
    }
}
