using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Certfolio.Bench;

/// <summary>
/// BenchmarkDotNet's defaults, made short so the whole suite runs in a few minutes on a 2-core machine: one
/// launch, a few warm-up and measured iterations. Enough to see which stage regressed; pass <c>--job default</c>
/// for tight intervals.
/// </summary>
public static class QuickConfig
{
    /// <param name="withJob">False when the command line names its own job (<c>--job dry</c>, <c>--job default</c>).</param>
    public static IConfig Create(bool withJob = true)
    {
        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
        return withJob ? config.AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithId("Quick")) : config;
    }
}
