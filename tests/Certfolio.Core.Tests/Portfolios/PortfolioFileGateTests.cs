using System.Diagnostics;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary>
/// Nothing outside the portfolio is read, and nothing that is not a regular file is opened: links out, pipes, devices
/// and link loops are positioned diagnostics, decided by one gate before a byte is read. Real folders, links and FIFOs.
/// </summary>
public sealed class PortfolioFileGateTests
{
    private const string Valid = "---\ntitle: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n---\n";
    private const string Secret = "---\ntitle: \"TOP-SECRET-OUTSIDE\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n---\n";

    // A FIFO that is opened for reading blocks until a writer comes: a test that hangs is the failure, so each load
    // that meets one runs with a bound.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static async Task<Portfolio> LoadWithin(string root) =>
        await Task.Run(() => new PortfolioLoader().Load(root)).WaitAsync(Bound);

    private static bool IsUnix => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    [Fact]
    public async Task Reports_a_named_pipe_document_as_not_a_regular_file_without_opening_it()
    {
        if (!IsUnix) return;
        // Given a FIFO named like a document beside a valid one
        using var temp = new TempPortfolio();
        temp.Write("certifications/ok.md", Valid);
        MakeFifo(temp.Path("certifications/pipe.md"));
        // When the portfolio is loaded
        var portfolio = await LoadWithin(temp.Root);
        // Then the pipe is CF0205 at its start, and the other document loads
        Assert.Contains("a named pipe (FIFO)", portfolio.Single("CF0205", "certifications/pipe.md", 1, 1).Message);
        Assert.Single(portfolio.Credentials);
    }

    [Fact]
    public async Task Reports_a_link_to_a_pipe_inside_the_portfolio_as_not_a_regular_file()
    {
        if (!IsUnix) return;
        using var temp = new TempPortfolio();
        MakeFifo(temp.Path("pipe"));
        File.CreateSymbolicLink(temp.Path("certifications/pipe.md"), temp.Path("pipe"));
        var portfolio = await LoadWithin(temp.Root);
        portfolio.Single("CF0205", "certifications/pipe.md", 1, 1);
    }

    [Fact]
    public async Task Refuses_a_link_to_dev_zero_without_reading_it()
    {
        if (!IsUnix) return;
        // Given a document that is a link to an endless device
        using var temp = new TempPortfolio();
        File.CreateSymbolicLink(temp.Path("certifications/zero.md"), "/dev/zero");
        // When loaded, then it is refused as a link outside, at once
        var portfolio = await LoadWithin(temp.Root);
        portfolio.Single("CF0204", "certifications/zero.md", 1, 1);
    }

    [Fact]
    public void The_gate_refuses_dev_zero_as_a_character_device_even_inside_the_root()
    {
        if (!IsUnix) return;
        // Given a gate whose root is /dev (so /dev/zero is inside)
        var gate = new PortfolioFileGate("/dev");
        var diagnostics = new DiagnosticBag();
        // When /dev/zero asks to be read
        var admitted = gate.Admit("/dev/zero", 1024, "zero", diagnostics);
        // Then it is refused for its kind
        Assert.Null(admitted);
        Assert.Equal("this file is a character device, not a regular file; it was not read", Assert.Single(diagnostics.Items).Message);
    }

    [Fact]
    public async Task Reports_a_symbolic_link_loop_as_unresolvable()
    {
        if (!IsUnix) return;
        using var temp = new TempPortfolio();
        File.CreateSymbolicLink(temp.Path("certifications/a.md"), temp.Path("certifications/b.md"));
        File.CreateSymbolicLink(temp.Path("certifications/b.md"), temp.Path("certifications/a.md"));
        var portfolio = await LoadWithin(temp.Root);
        portfolio.Single("CF0206", "certifications/a.md", 1, 1);
        portfolio.Single("CF0206", "certifications/b.md", 1, 1);
    }

    [Fact]
    public async Task Reports_a_long_chain_of_links_as_unresolvable()
    {
        if (!IsUnix) return;
        // Given a chain of 60 links, more than any system follows, ending at a valid document
        using var temp = new TempPortfolio();
        temp.Write("real.md", Valid);
        var previous = temp.Path("real.md");
        for (var i = 0; i < 60; i++)
        {
            var link = temp.Path($"chain/l{i}");
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            File.CreateSymbolicLink(link, previous);
            previous = link;
        }
        File.CreateSymbolicLink(temp.Path("certifications/chain.md"), previous);
        var portfolio = await LoadWithin(temp.Root);
        portfolio.Single("CF0206", "certifications/chain.md", 1, 1);
    }

    [Fact]
    public async Task A_config_file_that_is_a_pipe_is_refused_and_the_defaults_apply()
    {
        if (!IsUnix) return;
        using var temp = new TempPortfolio();
        temp.Write("certifications/ok.md", Valid);
        MakeFifo(temp.Path("certfolio.yaml"));
        var portfolio = await LoadWithin(temp.Root);
        portfolio.Single("CF0205", "certfolio.yaml", 1, 1);
        Assert.Null(portfolio.ConfigText);
        Assert.Single(portfolio.Credentials);
    }

    [Fact]
    public void A_config_file_that_links_outside_is_not_read()
    {
        // Given a certfolio.yaml that is a link to a file outside the portfolio
        using var outside = new TempPortfolio();
        outside.Write("secret.yaml", "title: TOP-SECRET-OUTSIDE\n");
        using var temp = new TempPortfolio();
        temp.Write("certifications/ok.md", Valid);
        File.CreateSymbolicLink(temp.Path("certfolio.yaml"), outside.Path("secret.yaml"));
        // When loaded
        var portfolio = Check.Folder(temp.Root);
        // Then it is refused, and nothing of it was read
        portfolio.Single("CF0204", "certfolio.yaml", 1, 1);
        Assert.Null(portfolio.ConfigText);
        Assert.Equal(PortfolioConfig.Default.Title, portfolio.Config.Title);
    }

    [Fact]
    public void The_config_text_the_loader_read_is_kept_for_quoting()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/ok.md", Valid);
        temp.Write("certfolio.yaml", "title: Mine\nexpiringDays: abc\n");
        var portfolio = Check.Folder(temp.Root);
        Assert.Equal("expiringDays: abc", portfolio.ConfigText!.GetLineText(2));
    }

    [Fact]
    public void Content_outside_the_portfolio_is_refused_and_never_listed()
    {
        // Given content: pointing at a folder beside the portfolio that holds a document
        using var outside = new TempPortfolio();
        outside.Write("certifications/secret.md", Secret);
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", $"content: \"{outside.Path("certifications")}\"\n");
        // When loaded
        var portfolio = Check.Folder(temp.Root);
        // Then it is CF0203, no document is read, and no CF0202 piles on
        portfolio.Single("CF0203", "certfolio.yaml", 1, 10);
        Assert.Equal(0, portfolio.FilesChecked);
        Assert.Empty(portfolio.Documents);
        Assert.DoesNotContain(portfolio.Diagnostics, d => d.Id == "CF0202");
    }

    [Fact]
    public async Task Content_at_the_disk_root_is_refused_without_walking_it()
    {
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", "content: \"/\"\n");
        var portfolio = await LoadWithin(temp.Root);
        Assert.Contains("content: /", portfolio.Single("CF0203", "certfolio.yaml", 1, 10).Message);
        Assert.Equal(0, portfolio.FilesChecked);
    }

    [Fact]
    public void Content_inside_the_portfolio_that_links_outside_is_refused()
    {
        // Given content: docs, where docs is a link to a folder outside
        using var outside = new TempPortfolio();
        outside.Write("certifications/secret.md", Secret);
        using var temp = new TempPortfolio();
        Directory.CreateSymbolicLink(temp.Path("docs"), outside.Path("certifications"));
        temp.Write("certfolio.yaml", "content: docs\n");
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0203", "certfolio.yaml", 1, 10);
        Assert.Equal(0, portfolio.FilesChecked);
    }

    [Fact]
    public void A_discovered_content_folder_that_links_to_the_disk_root_is_refused_without_walking_it()
    {
        using var temp = new TempPortfolio();
        Directory.Delete(temp.Path("certifications"));
        Directory.CreateSymbolicLink(temp.Path("certifications"), "/");
        var portfolio = Check.Folder(temp.Root);
        Assert.Contains("is a symbolic link to '/'", portfolio.Single("CF0207", "certifications", 1, 1).Message);
        Assert.Equal(0, portfolio.FilesChecked);
    }

    [Fact]
    public void Assets_and_training_outside_the_portfolio_are_refused()
    {
        using var outside = new TempPortfolio();
        outside.Write("training/t.md", Secret);
        using var temp = new TempPortfolio();
        temp.Write("certifications/ok.md", Valid);
        temp.Write("certfolio.yaml", $"assets: ../{Path.GetFileName(outside.Root)}\ntraining: {outside.Path("training")}\n");
        var portfolio = Check.Folder(temp.Root);
        Assert.Equal(2, portfolio.Diagnostics.Count(d => d.Id == "CF0203"));
        // And the ledger reads nothing from the training folder outside
        Assert.Empty(portfolio.Ledger.Activities);
    }

    [Fact]
    public async Task A_training_file_that_is_a_pipe_or_links_outside_is_refused()
    {
        if (!IsUnix) return;
        using var outside = new TempPortfolio();
        outside.Write("secret.md", Secret);
        using var temp = new TempPortfolio();
        temp.Write("certifications/ok.md", Valid);
        Directory.CreateDirectory(temp.Path("training"));
        MakeFifo(temp.Path("training/pipe.md"));
        File.CreateSymbolicLink(temp.Path("training/zero.csv"), "/dev/zero");
        File.CreateSymbolicLink(temp.Path("training/secret.md"), outside.Path("secret.md"));
        var ledger = (await Task.Run(() => Check.Folder(temp.Root)).WaitAsync(Bound)).Ledger;
        Assert.Contains(ledger.Diagnostics, d => d.Id == "CF0205" && d.Location.FilePath == "training/pipe.md");
        Assert.Contains(ledger.Diagnostics, d => d.Id == "CF0204" && d.Location.FilePath == "training/zero.csv");
        Assert.Contains(ledger.Diagnostics, d => d.Id == "CF0204" && d.Location.FilePath == "training/secret.md");
        Assert.Empty(ledger.Activities);
    }

    [Fact]
    public void The_gate_admits_a_regular_file_inside_and_reads_it_whole()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/ok.md", Valid);
        var gate = new PortfolioFileGate(temp.Root);
        var diagnostics = new DiagnosticBag();
        var admitted = gate.Admit(temp.Path("certifications/ok.md"), 1024, "certifications/ok.md", diagnostics);
        Assert.NotNull(admitted);
        Assert.Equal(Valid, System.Text.Encoding.UTF8.GetString(gate.ReadAll(admitted, "certifications/ok.md", diagnostics)!));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void The_gate_refuses_a_file_over_the_limit_before_reading_it()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/big.md", new string('x', 2000));
        var diagnostics = new DiagnosticBag();
        Assert.Null(new PortfolioFileGate(temp.Root).Admit(temp.Path("certifications/big.md"), 1000, "certifications/big.md", diagnostics));
        Assert.Equal("CF0004", Assert.Single(diagnostics.Items).Id);
    }

    [Fact]
    public async Task A_logo_that_is_a_named_pipe_is_refused_and_never_found_for_copying()
    {
        if (!IsUnix) return;
        // Given a logo in the assets folder that is a FIFO (the build would copy it, and wait forever)
        using var temp = new TempPortfolio();
        Directory.CreateDirectory(temp.Path("public/logos"));
        MakeFifo(temp.Path("public/logos/pipe.png"));
        temp.Write("certifications/ok.md", "---\ntitle: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nlogo: \"/logos/pipe.png\"\n---\n");
        // When loaded
        var portfolio = await LoadWithin(temp.Root);
        // Then the logo is refused for its kind, so the build never copies it
        Assert.Contains("a named pipe (FIFO), not a regular file", portfolio.Single("CF0110", "certifications/ok.md", 5, 7).Message);
    }

    [Fact]
    public async Task A_training_folder_with_links_to_its_parents_is_listed_without_entering_them()
    {
        if (!IsUnix) return;
        // Given a training folder with a link to itself and one to the portfolio (2^40 paths if entered)
        using var temp = new TempPortfolio();
        temp.Write("certifications/ok.md", Valid);
        temp.Write("training/t.csv", "title,date,hours,provider,appliesTo\nCourse,2025-01-10,4,Acme,Security\n");
        Directory.CreateSymbolicLink(temp.Path("training/self"), temp.Path("training"));
        Directory.CreateSymbolicLink(temp.Path("training/up"), temp.Root);
        // When the ledger is loaded, then it ends at once with the one real record
        var ledger = (await Task.Run(() => Check.Folder(temp.Root)).WaitAsync(Bound)).Ledger;
        Assert.True(ledger.Activities.Count == 1, string.Join("\n", ledger.Diagnostics));
        Assert.Equal("Course", ledger.Activities[0].Title);
    }
}
