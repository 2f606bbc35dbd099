using BenchmarkDotNet.Running;

namespace Certfolio.Bench;

/// <summary>
/// Stage benchmarks (parse, validate, Markdown, templates, lists, publish, whole build) and the preview's
/// incremental rebuild. <c>dotnet run -c Release --project bench/Certfolio.Bench -- --filter '*'</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, QuickConfig.Create(withJob: !args.Any(a => a is "--job" or "-j")));
}
