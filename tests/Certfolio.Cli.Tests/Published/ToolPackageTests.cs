using System.Diagnostics;

namespace Certfolio.Cli.Tests.Published;

/// <summary>
/// Certfolio as a .NET user gets it: <c>./pack-tool.sh</c> packs the tool, <c>dotnet tool install</c> installs it from that
/// folder as from any feed, and the installed <c>certfolio</c> checks and builds a portfolio. The install picks this
/// platform's Native AOT package, as it would from nuget.org. In the published collection: packing compiles the CLI
/// once more, and must not compete with the other published runs for the two cores.
/// </summary>
[Collection(PublishedCollection.Name)]
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    /// <summary>The version the CLI project packs, as its project file says.</summary>
    private static readonly string Version = System.Text.RegularExpressions.Regex.Match(
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Certfolio.Cli", "Certfolio.Cli.csproj")), "<Version>([^<]+)</Version>").Groups[1].Value;
    private readonly string _work = Directory.CreateTempSubdirectory("certfolio-tool-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void The_packed_tool_installs_from_a_folder_and_checks_and_builds_a_portfolio()
    {
        // Given the tool packed into a folder, and installed from it into a tool path
        var feed = Path.Combine(_work, "feed");
        var tools = Path.Combine(_work, "tools");
        var pack = Run(Path.Combine(RepositoryRoot.Path, "pack-tool.sh"), RepositoryRoot.Path, feed);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Equal([$"Certfolio.{Version}.nupkg", $"Certfolio.any.{Version}.nupkg", $"Certfolio.linux-x64.{Version}.nupkg"],
            Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var installing = Start("dotnet", _work, "tool", "install", "Certfolio", "--version", Version, "--tool-path", tools, "--add-source", feed);
        // A package folder of its own: the machine's would hand back an earlier test run's package of the same version.
        installing.Environment["NUGET_PACKAGES"] = Path.Combine(_work, "packages");
        var install = Run(installing);
        Assert.True(install.ExitCode == 0, install.ToString());

        // Then the installed command is this platform's Native AOT build
        var certfolio = Path.Combine(tools, "certfolio");
        var installed = File.ResolveLinkTarget(certfolio, returnFinalTarget: true)?.FullName ?? certfolio;
        Assert.Contains($"{Path.DirectorySeparatorChar}certfolio.linux-x64{Path.DirectorySeparatorChar}", installed, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.ChangeExtension(installed, ".dbg")), "the package carries debugger symbols");
        var version = Run(certfolio, _work, "--version");
        Assert.Equal((0, Version), (version.ExitCode, version.Stdout.Trim()));

        // And it checks the example portfolio and builds its site
        var portfolio = Path.Combine(RepositoryRoot.Path, "examples", "portfolio");
        var check = Run(certfolio, _work, "check", portfolio);
        Assert.True(check.ExitCode == 0, check.ToString());
        var site = Path.Combine(_work, "site");
        var build = Run(certfolio, _work, "build", portfolio, "-o", site);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(site, "index.html")), build.ToString());
    }

    private static CliRun Run(string fileName, string workingDirectory, params string[] args) => Run(Start(fileName, workingDirectory, args));

    private static ProcessStartInfo Start(string fileName, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        return start;
    }

    private static CliRun Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in {Timeout}");
        }
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}

