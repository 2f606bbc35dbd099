using System.Text;
using System.Text.RegularExpressions;
using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;

namespace Certfolio.Cli.Tests.Docs;

/// <summary>
/// docs/getting-started.md cannot go stale: every <c>```console</c> block in it is a run of commands (<c>$ certfolio …</c>,
/// <c>$ cd DIR</c>) each followed by what it prints, and this test runs the walk in process, in a new temp folder,
/// on the day the walk is pinned to, and compares. To accept new output, run it with <c>CERTFOLIO_ACCEPT=1</c>: the
/// doc's output lines are rewritten in place; review the diff before committing.
/// </summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed partial class GettingStartedTests
{
    /// <summary>The day every command of the walk takes as today (each gets <c>--today</c>, which the doc leaves out).</summary>
    public const string Today = "2026-01-15";

    /// <summary>The width of the terminal the walk's output was taken at.</summary>
    public const int Width = 80;

    private static string DocPath => Path.Combine(RepositoryRoot.Path, "docs", "getting-started.md");

    [Fact]
    public void Every_command_of_the_walk_prints_what_the_doc_shows()
    {
        // Given the walk's commands, each with the output the doc shows
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var steps = Steps(doc);
        Assert.True(steps.Count(s => s.Command.StartsWith("certfolio ", StringComparison.Ordinal)) >= 4, "the walk runs at least four certfolio commands");

        // When they run, one after another, in a new folder
        var home = Directory.CreateTempSubdirectory("certfolio-walk-").FullName;
        var actual = new List<string>();
        try
        {
            var here = home;
            foreach (var step in steps)
            {
                if (step.Command.StartsWith("cd ", StringComparison.Ordinal))
                {
                    here = Path.GetFullPath(Path.Combine(here, step.Command[3..].Trim()));
                    actual.Add("");
                    continue;
                }
                actual.Add(Normalise(CurrentDirectoryCollection.In(here, () => Run(step.Command)), home));
            }
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }

        // Then each prints exactly what the doc shows
        if (Environment.GetEnvironmentVariable("CERTFOLIO_ACCEPT") == "1")
        {
            File.WriteAllText(DocPath, WithOutputs(doc, actual));
            return;
        }
        for (var i = 0; i < steps.Count; i++)
            Assert.True(Timeless(steps[i].Output) == Timeless(actual[i]),
                $"`$ {steps[i].Command}` printed:\n{actual[i]}\n--- the doc shows:\n{steps[i].Output}\n(accept with CERTFOLIO_ACCEPT=1)");
    }

    [Fact]
    public void The_walk_starts_with_init_and_ends_with_a_site_ready_for_GitHub_Pages()
    {
        // Given the walk
        var steps = Steps(File.ReadAllText(DocPath).ReplaceLineEndings("\n"));

        // When its commands are listed
        var commands = steps.Select(s => s.Command).ToArray();

        // Then it creates a portfolio, checks it, shows its status and builds the site
        Assert.StartsWith("certfolio init ", commands[0], StringComparison.Ordinal);
        Assert.Contains(commands, c => c.StartsWith("certfolio check", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("certfolio status", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("certfolio build", StringComparison.Ordinal));
    }

    [Fact]
    public void The_README_links_the_walk_from_its_section_on_using_it_on_your_own_portfolio()
    {
        // Given the README
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");

        // When its section "Use it on your own portfolio" is read
        var start = readme.IndexOf("## Use it on your own portfolio", StringComparison.Ordinal);
        var section = readme[start..readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];

        // Then it links docs/getting-started.md
        Assert.Contains("(docs/getting-started.md)", section);
    }

    /// <summary>One command of the walk and the lines the doc shows under it (joined with "\n", no final newline).</summary>
    public sealed record Step(string Command, string Output);

    /// <summary>The steps of every <c>```console</c> block, in order.</summary>
    public static IReadOnlyList<Step> Steps(string doc)
    {
        var steps = new List<Step>();
        foreach (Match block in ConsoleBlock().Matches(doc))
        {
            string? command = null;
            var output = new List<string>();
            foreach (var line in block.Groups["body"].Value.Split('\n'))
            {
                if (line.StartsWith("$ ", StringComparison.Ordinal))
                {
                    if (command is not null) steps.Add(new Step(command, string.Join("\n", output)));
                    command = line[2..];
                    output.Clear();
                }
                else if (command is null) throw new InvalidOperationException($"a console block starts with output, not a command: {line}");
                else output.Add(line);
            }
            if (command is not null) steps.Add(new Step(command, string.Join("\n", output)));
        }
        return steps;
    }

    /// <summary>Runs one <c>certfolio</c> command in process: what it wrote to standard output, then to standard error.</summary>
    private static string Run(string command)
    {
        var words = Words(command);
        if (words[0] != "certfolio") throw new InvalidOperationException($"the walk can run only certfolio and cd: {command}");
        string[] args = [.. words.Skip(1), "--today", Today];
        var app = new CommandAppTester(null, new CommandAppTesterSettings(), new TestConsole().Width(Width));
        app.Configure(Program.Configure);
        var previous = Console.Error;
        using var errors = new StringWriter();
        Console.SetError(errors);
        try
        {
            var result = app.Run(args);
            return result.Output + errors;
        }
        finally
        {
            Console.SetError(previous);
        }
    }

    /// <summary>The walk's folder as <c>~</c>, no trailing spaces, no trailing blank lines.</summary>
    private static string Normalise(string output, string home)
    {
        var lines = output.ReplaceLineEndings("\n").Replace(home, "~", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        return string.Join("\n", lines).TrimEnd('\n');
    }

    /// <summary>Durations ("0.54 s") differ from run to run; the doc keeps one it saw, the comparison ignores them.</summary>
    private static string Timeless(string output) => Duration().Replace(output, "N s");

    private static string[] Words(string command) =>
        WordPattern().Matches(command).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value).ToArray();

    /// <summary>The doc with each step's output lines replaced by <paramref name="outputs"/>, in order.</summary>
    private static string WithOutputs(string doc, IReadOnlyList<string> outputs)
    {
        var next = 0;
        return ConsoleBlock().Replace(doc, block =>
        {
            var body = new StringBuilder();
            foreach (var line in block.Groups["body"].Value.Split('\n').Where(l => l.StartsWith("$ ", StringComparison.Ordinal)))
            {
                body.Append(line).Append('\n');
                var output = outputs[next++];
                if (output.Length > 0) body.Append(output).Append('\n');
            }
            return "```console\n" + body + "```";
        });
    }

    [GeneratedRegex(@"^```console\n(?<body>.*?)\n?```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();

    [GeneratedRegex(@"\b\d+(\.\d+)? s\b")]
    private static partial Regex Duration();

    [GeneratedRegex(@"""(?<quoted>[^""]*)""|\S+")]
    private static partial Regex WordPattern();
}
