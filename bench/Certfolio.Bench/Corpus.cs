using System.Diagnostics;

namespace Certfolio.Bench;

/// <summary>
/// The shared benchmark corpus (<c>gen_corpus.py --assets</c>, seed 42), generated once per size into
/// <c>$TMPDIR/certfolio-bench-corpus/N</c> with a <c>certfolio.yaml</c> that sets a baseUrl (so every extra is built).
/// The generator is <c>$CERTFOLIO_BENCH_GENERATOR</c>, else the shared one.
/// </summary>
public static class Corpus
{
    public const string Today = "2026-01-15";

    private static readonly string Generator =
        Environment.GetEnvironmentVariable("CERTFOLIO_BENCH_GENERATOR") ?? "/work/shared/bench/gen_corpus.py";

    /// <summary>The portfolio folder for <paramref name="count"/> documents, generated on first use.</summary>
    public static string Folder(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "certfolio-bench-corpus", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var done = Path.Combine(folder, ".complete");
        if (File.Exists(done)) return folder;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Generator, folder, count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--assets" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start python3");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{Generator} failed: {error.Result}");
        File.WriteAllText(Path.Combine(folder, "certfolio.yaml"), "title: \"Benchmark certifications\"\nbaseUrl: \"https://certs.example.org/\"\n");
        File.WriteAllText(done, "");
        return folder;
    }

    /// <summary>The pinned day every benchmark builds for, so statuses do not drift.</summary>
    public static TimeProvider Clock => new Core.Time.FixedClock(DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A private copy of the corpus that a benchmark may edit, removed by <see cref="Directory.Delete(string, bool)"/> in its cleanup.</summary>
    public static string Copy(int count, string purpose)
    {
        var source = Folder(count);
        var target = Path.Combine(Path.GetTempPath(), $"certfolio-bench-{purpose}-{Environment.ProcessId}");
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }
}
