using System.Text;
using Certfolio.Cli.Tests.Published;

namespace Certfolio.Cli.Tests.Hostile;

/// <summary>
/// The hostile-input suite: every folder under <c>Hostile/Cases/</c> is an attack on a promise (nothing lost, nothing
/// leaked, no alert silenced, no input crashes a command). Each runs the real command tree in process on a fresh copy
/// of its tree and asserts the exit code, the messages, and that no file outside the expected output changed.
/// </summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class HostileCaseTests
{
    /// <summary>No case may take longer than this: `content: "/"` or a symlink to / must not walk the disk.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(60);

    private static string CasesFolder => Path.Combine(AppContext.BaseDirectory, "Hostile", "Cases");

    public static TheoryData<string> Cases()
    {
        var names = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(CasesFolder).Order(StringComparer.Ordinal)) names.Add(Path.GetFileName(folder));
        return names;
    }

    [Fact]
    public void The_suite_has_cases()
    {
        Assert.NotEmpty(Cases());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Keeps_its_promise(string name)
    {
        // Given a fresh copy of the case's tree
        var source = Path.Combine(CasesFolder, name);
        var hostile = HostileCase.Read(source);
        var root = Path.Combine(Path.GetTempPath(), "certfolio-hostile-" + Guid.NewGuid().ToString("N"));
        try
        {
            Prepare(source, hostile, root);
            var before = TreeSnapshot.Take(root);

            // When the command runs in it
            var args = hostile.Args.Select(a => a.Replace("{root}", root)).ToArray();
            var result = await Task.Run(() => InProcessCli.Run(root, args)).WaitAsync(TimeLimit);

            // Then it exits as promised, says what it must, and changes nothing else
            var context = $"{name}: {hostile.Why}\n{result}";
            Assert.True(hostile.Exit == result.ExitCode, $"expected exit code {hostile.Exit}\n{context}");
            foreach (var expected in hostile.Stdout) Assert.True(result.Stdout.Contains(expected, StringComparison.Ordinal), $"stdout lacks '{expected}'\n{context}");
            foreach (var expected in hostile.Stderr) Assert.True(result.Stderr.Contains(expected, StringComparison.Ordinal), $"stderr lacks '{expected}'\n{context}");
            Assert.DoesNotContain("internal error", result.Stdout + result.Stderr, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Exception", result.Stdout + result.Stderr, StringComparison.Ordinal);

            var changed = before.ChangedIn(TreeSnapshot.Take(root)).ToArray();
            var unexpected = changed.Where(path => !hostile.MayChange.Any(prefix => IsUnder(path, prefix)) && !IsOutputLock(path, hostile.MayChange)).ToArray();
            Assert.True(unexpected.Length == 0, $"changed outside mayChange: {string.Join(", ", unexpected)}\n{context}");
            foreach (var path in hostile.MustNotExist)
                Assert.False(Path.Exists(Path.Combine(root, path)) || new FileInfo(Path.Combine(root, path)).LinkTarget is not null, $"{path} exists\n{context}");

            var written = changed.Select(path => Path.Combine(root, path)).Where(File.Exists).Where(p => File.ResolveLinkTarget(p, false) is null).ToArray();
            foreach (var secret in hostile.Absent)
            {
                Assert.False(result.Stdout.Contains(secret, StringComparison.Ordinal), $"stdout contains '{secret}'\n{context}");
                Assert.False(result.Stderr.Contains(secret, StringComparison.Ordinal), $"stderr contains '{secret}'\n{context}");
                var bytes = Encoding.UTF8.GetBytes(secret);
                foreach (var file in written)
                    Assert.False(File.ReadAllBytes(file).AsSpan().IndexOf(bytes) >= 0, $"{Path.GetRelativePath(root, file)} contains '{secret}'\n{context}");
            }
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static void Prepare(string source, HostileCase hostile, string root)
    {
        Directory.CreateDirectory(root);
        var tree = Path.Combine(source, "root");
        if (Directory.Exists(tree))
        {
            foreach (var file in Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, Path.GetRelativePath(tree, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        foreach (var folder in hostile.Folders) Directory.CreateDirectory(Path.Combine(root, folder));
        foreach (var (path, text) in hostile.Files)
        {
            var target = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
        foreach (var fifo in hostile.Fifos)
        {
            var path = Path.Combine(root, fifo);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", path);
            mkfifo.WaitForExit();
        }
        foreach (var (link, target) in hostile.Symlinks)
        {
            var path = Path.Combine(root, link);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.CreateSymbolicLink(path, target.Replace("{root}", root));
        }
    }

    /// <summary>A build leaves its output folder's lock file (<c>.NAME.certfolio-lock</c>) beside the folder it may change.</summary>
    private static bool IsOutputLock(string path, IReadOnlyList<string> mayChange) =>
        mayChange.Any(prefix => path == LockBeside(prefix.TrimEnd('/')));

    private static string LockBeside(string folder)
    {
        var parent = Path.GetDirectoryName(folder);
        var lockName = "." + Path.GetFileName(folder) + ".certfolio-lock";
        return string.IsNullOrEmpty(parent) ? lockName : parent + "/" + lockName;
    }

    private static bool IsUnder(string path, string prefix) =>
        path == prefix.TrimEnd('/') || path.StartsWith(prefix.TrimEnd('/') + "/", StringComparison.Ordinal);
}
